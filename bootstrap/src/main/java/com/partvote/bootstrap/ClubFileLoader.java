package com.partvote.bootstrap;

import com.partvote.application.port.in.SetUpClubUseCase;
import com.partvote.application.port.in.SetUpClubUseCase.ClubSetup;
import com.partvote.application.port.in.SetUpClubUseCase.ElectionSetup;
import com.partvote.application.port.in.SetUpClubUseCase.SetUpReport;
import com.partvote.domain.DomainException;
import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.election.ChoiceKind;
import com.partvote.domain.election.ElectionSpec;
import com.partvote.domain.election.ResultsVisibility;
import com.partvote.domain.election.Slug;
import com.partvote.domain.election.Stage;
import com.partvote.domain.election.VotingWindow;
import com.partvote.domain.election.rule.BallotRules;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.Team;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Registers the club file at start-up, before the application reports ready: the club's teams
 * and its elections with their choices (format: the comments of {@code club.yml}). Loading the
 * same file again changes nothing; an edited entry updates what it names in place (elections by
 * {@code slug}, choices by {@code key} within their election); nothing is deleted. A malformed
 * file stops the start-up, naming the entry at fault.
 */
@Component
@Order(0)
public class ClubFileLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ClubFileLoader.class);
    private static final Set<String> ELECTION_KEYS = Set.of("slug", "title", "kind", "part", "results", "rules",
            "opens_at", "closes_at", "stage", "choices");
    private static final Set<String> CHOICE_KEYS = Set.of("key", "name", "part", "team", "age", "email");

    private final SetUpClubUseCase setUp;
    private final ResourceLoader resources;
    private final PartvoteProperties properties;
    private final Clock clock;

    ClubFileLoader(SetUpClubUseCase setUp, ResourceLoader resources, PartvoteProperties properties, Clock clock) {
        this.setUp = setUp;
        this.resources = resources;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        String location = properties.club().file();
        Resource file = resources.getResource(location);
        if (!file.exists()) {
            throw new IllegalStateException("club file not found: " + location);
        }
        ClubSetup club;
        try (InputStream in = file.getInputStream()) {
            club = parse(new InputStreamReader(in, StandardCharsets.UTF_8), location, clock.instant());
        }
        SetUpReport report = setUp.setUpClub(club);
        log.info("club file {}: {} teams, {} elections; choices {} added, {} updated, {} unchanged", location,
                club.teams().size(), report.elections(), report.choicesAdded(), report.choicesUpdated(),
                report.choicesUnchanged());
    }

    /** Reads the file; {@code now} stands for "open from the first load" where no opening is given. */
    public static ClubSetup parse(Reader reader, String source, Instant now) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (RuntimeException e) {
            throw new IllegalStateException(source + ": not valid YAML: " + e.getMessage(), e);
        }
        Map<String, Object> club = map(root, source);
        List<Team> teams = new ArrayList<>();
        for (Object team : list(club.get("teams"), source + " teams")) {
            teams.add(value(() -> new Team(String.valueOf(team)), source + " team '" + team + "'"));
        }
        List<ElectionSetup> elections = new ArrayList<>();
        List<Object> declared = list(club.get("elections"), source + " elections");
        for (int i = 0; i < declared.size(); i++) {
            elections.add(election(map(declared.get(i), source + " election " + (i + 1)), source + " election " + (i + 1),
                    teams, now));
        }
        return new ClubSetup(teams, elections);
    }

    private static ElectionSetup election(Map<String, Object> e, String where, List<Team> teams, Instant now) {
        unknownKeys(e, ELECTION_KEYS, where);
        String at = where + " (" + e.get("slug") + ")";
        Part part = e.get("part") == null ? null : value(() -> Part.parse(text(e.get("part"))), at);
        Instant opens = instant(e.get("opens_at"), at + " opens_at");
        Instant closes = instant(e.get("closes_at"), at + " closes_at");
        ElectionSpec spec = value(() -> new ElectionSpec(new Slug(text(e.get("slug"))), text(e.get("title")),
                ChoiceKind.valueOf(upper(e.getOrDefault("kind", "CANDIDATES"))),
                Stage.valueOf(upper(e.getOrDefault("stage", "SCHEDULED"))),
                new VotingWindow(opens != null ? opens : now, closes),
                ResultsVisibility.valueOf(upper(e.getOrDefault("results", "LIVE"))),
                BallotRules.parse(list(e.get("rules"), at + " rules").stream().map(String::valueOf).toList()),
                part), at);
        Map<String, ChoiceProfile> choices = new LinkedHashMap<>();
        List<Object> declared = list(e.get("choices"), at + " choices");
        if (spec.kind() == ChoiceKind.TEAMS && !declared.isEmpty()) {
            throw new IllegalStateException(at + ": a TEAMS election chooses between the club's teams; list no choices");
        }
        for (int i = 0; i < declared.size(); i++) {
            String cat = at + " choice " + (i + 1);
            Map<String, Object> c = map(declared.get(i), cat);
            unknownKeys(c, CHOICE_KEYS, cat);
            String key = text(c.get("key"));
            if (key == null || key.isBlank() || key.length() > 64) {
                throw new IllegalStateException(cat + ": the key must be 1 to 64 characters");
            }
            ChoiceProfile profile = value(() -> new ChoiceProfile(text(c.get("name")),
                    c.get("part") != null ? Part.parse(text(c.get("part"))) : part, text(c.get("team")),
                    c.get("age") == null ? null : Integer.valueOf(String.valueOf(c.get("age"))),
                    c.get("email") == null ? null : new Email(text(c.get("email")))), cat + " (" + key + ")");
            if (profile.team() != null && !teams.contains(new Team(profile.team()))) {
                throw new IllegalStateException(cat + " (" + key + "): team '" + profile.team() + "' is not in teams");
            }
            if (choices.put(key, profile) != null) {
                throw new IllegalStateException(cat + ": key '" + key + "' appears twice");
            }
        }
        return new ElectionSetup(spec, opens == null, choices);
    }

    private interface Value<T> {
        T get();
    }

    private static <T> T value(Value<T> build, String where) {
        try {
            return build.get();
        } catch (DomainException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

    private static Instant instant(Object raw, String where) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof Date date) {
            return date.toInstant();
        }
        try {
            return OffsetDateTime.parse(String.valueOf(raw)).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + ": a time with its offset, as in 2026-12-02T18:00:00+09:00", e);
        }
    }

    private static void unknownKeys(Map<String, Object> m, Set<String> known, String where) {
        for (String key : m.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalStateException(where + ": unknown entry '" + key + "' (known: " + known + ")");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String where) {
        if (!(o instanceof Map<?, ?> m)) {
            throw new IllegalStateException(where + ": expected a mapping");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        ((Map<Object, Object>) m).forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o, String where) {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?>)) {
            throw new IllegalStateException(where + ": expected a list");
        }
        return (List<Object>) o;
    }

    private static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static String upper(Object o) {
        return String.valueOf(o).strip().toUpperCase(Locale.ROOT);
    }
}
