package com.partvote.application.port.out;

import com.partvote.application.port.in.WatchStandingsUseCase.LiveEvent;

/**
 * How a live event goes on the wire. The web adapter implements it (server-sent events); the core
 * calls it once per change and sends the same frame to every watcher who may see it, so a change
 * costs one serialisation however many watch.
 */
public interface LiveEventFormat {

    String frame(LiveEvent event);

    /** A frame that carries nothing but keeps the connection (and the proxies on the way) alive. */
    String heartbeat();
}
