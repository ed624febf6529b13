package com.partvote.bootstrap;

import com.partvote.application.port.in.PurgeExpiredUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Periodically forgets expired sessions and deny-list entries. */
@Component
class Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    private final PurgeExpiredUseCase purge;

    Housekeeping(PurgeExpiredUseCase purge) {
        this.purge = purge;
    }

    @Scheduled(initialDelayString = "${partvote.purge.interval:1h}", fixedDelayString = "${partvote.purge.interval:1h}")
    void purgeExpired() {
        try {
            PurgeExpiredUseCase.Purged purged = purge.purgeExpired();
            log.info("purged {} expired sessions and {} expired deny-list entries", purged.sessions(), purged.denials());
        } catch (RuntimeException e) {
            log.warn("purge failed, will retry: {}", e.getMessage());
        }
    }
}
