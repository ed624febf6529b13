package com.partvote.bootstrap;

import com.partvote.application.port.in.WatchStandingsUseCase;
import com.partvote.application.port.out.LiveEventFormat;
import com.partvote.application.port.out.StandingsQueryPort;
import com.partvote.application.port.out.StandingsSignalPort;
import com.partvote.application.service.ElectionLookup;
import com.partvote.application.service.LiveStandings;
import com.partvote.bootstrap.UseCaseConfiguration.Transactions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The live results: the core's {@link LiveStandings}, run by {@link LiveResults}, and its input
 * port, each watch in a read-only transaction like the standings route.
 */
@Configuration(proxyBeanMethods = false)
class LiveResultsConfiguration {

    /**
     * @param snapshotAge how old the elections this instance reads may be: an announced election is
     *                    read once more after that (and a tick), so that a step taken on another
     *                    instance reaches watchers here even if the first reading missed it
     */
    @Bean
    LiveResults liveResults(ElectionLookup lookup, StandingsQueryPort standings, StandingsSignalPort signal, LiveEventFormat format, Clock clock,
                            PartvoteProperties properties,
                            @Value("${partvote.elections.cache-max-age:1s}") Duration snapshotAge) {
        PartvoteProperties.Live live = properties.live();
        return new LiveResults(fanOut -> new LiveStandings(lookup, standings,
                format, fanOut, clock, new LiveStandings.Settings(live.poll(), snapshotAge.plus(live.tick()))),
                signal, live);
    }

    @Bean
    WatchStandingsUseCase watchStandingsUseCase(LiveResults live, Transactions tx) {
        return TransactionalUseCase.wrap(WatchStandingsUseCase.class, live.standings(), tx.readOnly());
    }

    /** {@code partvote_live_watchers}: the streams open on this instance. */
    @Bean
    MeterBinder liveWatchers(LiveResults live) {
        return registry -> Gauge.builder("partvote.live.watchers", live, l -> l.standings().watchers())
                .description("Live-results streams open on this instance").register(registry);
    }
}
