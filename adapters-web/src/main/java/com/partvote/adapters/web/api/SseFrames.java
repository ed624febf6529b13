package com.partvote.adapters.web.api;

import com.partvote.adapters.web.api.LiveResultsController.EmbargoedDetail;
import com.partvote.application.port.in.WatchStandingsUseCase.EmbargoedEvent;
import com.partvote.application.port.in.WatchStandingsUseCase.LiveEvent;
import com.partvote.application.port.in.WatchStandingsUseCase.StandingsEvent;
import com.partvote.application.port.out.LiveEventFormat;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live events as server-sent events: {@code event:} names the kind ({@code standings} or
 * {@code embargoed}), {@code id:} is the content's version (what a reconnecting client sends back
 * as {@code Last-Event-ID}), {@code data:} one line of JSON: for standings exactly the
 * {@code detail} of {@code GET /api/elections/{election}/results/}, written by the same mapper
 * and JSON settings. JSON escapes line breaks inside strings, so the data is always one line.
 */
public class SseFrames implements LiveEventFormat {

    static final String STANDINGS = "standings";
    static final String EMBARGOED = "embargoed";

    private final JsonMapper json;
    private final StandingMapper mapper;

    public SseFrames(JsonMapper json, StandingMapper mapper) {
        this.json = json;
        this.mapper = mapper;
    }

    @Override
    public String frame(LiveEvent event) {
        if (event instanceof StandingsEvent s) {
            return frame(STANDINGS, s.version(), mapper.toDetail(s.standings()));
        }
        EmbargoedEvent e = (EmbargoedEvent) event;
        return frame(EMBARGOED, e.version(),
                new EmbargoedDetail(e.election().value(), e.state().name(), e.closesAt().orElse(null)));
    }

    @Override
    public String heartbeat() {
        return ": heartbeat\n\n";
    }

    private String frame(String name, String version, Object data) {
        return "event: " + name + "\nid: " + version + "\ndata: " + json.writeValueAsString(data) + "\n\n";
    }
}
