package com.partvote.adapters.web.api;

import static com.partvote.domain.fixtures.ChoiceBuilder.aChoice;
import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.domain.CodedException;
import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionState;
import com.partvote.domain.election.Slug;
import com.partvote.domain.election.rule.MaxChoices;
import com.partvote.domain.election.rule.NotOwnTeam;
import com.partvote.domain.election.rule.NotSelf;
import com.partvote.domain.election.rule.OwnPartOnly;
import com.partvote.domain.election.rule.Rejection;
import com.partvote.domain.election.rule.Voter;
import com.partvote.domain.log.LogMismatch;
import com.partvote.domain.member.MemberId;
import com.partvote.domain.member.Part;
import com.partvote.domain.member.Team;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/** The catalog is complete: every code has both texts, and every code the core raises is in it. */
class ErrorCatalogTest {

    @Test
    void everyCodeHasAKoreanAndAnEnglishMessage() throws IOException {
        for (String bundle : List.of("/partvote-messages.properties", "/partvote-messages_en.properties")) {
            Properties messages = load(bundle);
            List<String> missing = Arrays.stream(ErrorCatalog.values())
                    .filter(e -> messages.getProperty(e.messageKey(), "").isBlank())
                    .map(ErrorCatalog::messageKey).toList();
            assertThat(missing).as("codes without a message in %s", bundle).isEmpty();
        }
    }

    @Test
    void everyErrorMessageBelongsToACode() throws IOException {
        for (String bundle : List.of("/partvote-messages.properties", "/partvote-messages_en.properties")) {
            Set<String> orphans = load(bundle).stringPropertyNames().stream()
                    .filter(k -> k.startsWith("error."))
                    .filter(k -> ErrorCatalog.find(k.substring("error.".length())).isEmpty())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(orphans).as("messages in %s for codes the catalog lacks", bundle).isEmpty();
        }
    }

    @Test
    void everyCodeTheCoreRaisesIsCatalogued() throws Exception {
        Set<String> raised = codesOfCodedExceptions();
        assertThat(raised).as("codes found").contains("SELF_VOTE", "TOKEN_EXPIRED", "INVALID_CREDENTIALS", "TOO_MANY_ATTEMPTS",
                "NOT_ELIGIBLE", "OWN_TEAM", "TOO_MANY_CHOICES", "DUPLICATE_VOTE", "ELECTION_NOT_OPEN", "ELECTION_NOT_FOUND", "LOG_MISMATCH",
                "TRACKER_NOT_FOUND", "LOG_ENTRY_PENDING", "LOG_NOT_STARTED");
        List<String> uncatalogued = raised.stream().filter(c -> ErrorCatalog.find(c).isEmpty()).toList();
        assertThat(uncatalogued).as("codes of CodedException subclasses missing from ErrorCatalog").isEmpty();
    }

    @Test
    void aBareStatusGetsItsOwnCodeElseAGenericOne() {
        assertThat(ErrorCatalog.forStatus(404)).isEqualTo(ErrorCatalog.NOT_FOUND);
        assertThat(ErrorCatalog.forStatus(401)).isEqualTo(ErrorCatalog.TOKEN_MISSING);
        assertThat(ErrorCatalog.forStatus(503)).isEqualTo(ErrorCatalog.SERVICE_UNAVAILABLE);
        assertThat(ErrorCatalog.forStatus(418)).isEqualTo(ErrorCatalog.BAD_REQUEST);
        assertThat(ErrorCatalog.forStatus(502)).isEqualTo(ErrorCatalog.INTERNAL_ERROR);
        for (ErrorCatalog e : ErrorCatalog.values()) {
            assertThat(e.status()).as(e.code()).isBetween(400, 599);
        }
    }

    private static Properties load(String bundle) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = ErrorCatalogTest.class.getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }

    /**
     * Builds every concrete CodedException (broken rules and failed authentications) of the domain
     * and application modules and reads its code. A constructor's arguments are samples by type
     * (every constant of an enum, as the reason of an authentication failure is one); a type
     * without a sample gets null.
     */
    private static Set<String> codesOfCodedExceptions() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(CodedException.class));
        Set<String> codes = new TreeSet<>();
        List<String> unbuildable = new ArrayList<>();
        for (String base : List.of("com.partvote.domain", "com.partvote.application")) {
            for (BeanDefinition found : scanner.findCandidateComponents(base)) {
                Class<?> type = ClassUtils.forName(found.getBeanClassName(), ErrorCatalogTest.class.getClassLoader());
                Constructor<?> constructor = Arrays.stream(type.getDeclaredConstructors())
                        .filter(c -> !Modifier.isPrivate(c.getModifiers())).findFirst().orElse(null);
                if (constructor == null) {
                    unbuildable.add(type.getName());
                    continue;
                }
                constructor.setAccessible(true);
                for (Object[] args : argumentSets(constructor.getParameterTypes())) {
                    codes.add(((CodedException) constructor.newInstance(args)).code());
                }
            }
        }
        assertThat(unbuildable).as("CodedException subclasses this test cannot build").isEmpty();
        return codes;
    }

    private static final Map<Class<?>, Object> SAMPLES = Map.of(String.class, "sample", long.class, 1L,
            int.class, 1, Duration.class, Duration.ofSeconds(1), Slug.class, new Slug("sample"),
            MemberId.class, new MemberId(1), List.class, List.of(), LogMismatch.class, LogMismatch.entry(0, "sample"));

    /** Every refusal a ballot rule can return, as BallotRefusedException carries them. */
    private static final List<Rejection> REFUSALS = List.of(
            new OwnPartOnly().admit(new Voter(new MemberId(1), Part.FE, null), aChoice().inPart(Part.BE).build()).orElseThrow(),
            NotSelf.refusal("1", "2"),
            new NotOwnTeam().admit(new Voter(new MemberId(1), Part.FE, new Team("t")), aChoice().inTeam("t").build()).orElseThrow(),
            MaxChoices.refusal(1),
            BallotSheet.duplicate(new MemberId(1), new ChoiceId(2)),
            Election.notOpen(ElectionState.CLOSED));

    /** One argument list per constant of the first enum parameter (or one list if there is none). */
    private static List<Object[]> argumentSets(Class<?>[] parameters) {
        List<Object[]> sets = new ArrayList<>();
        Object[] base = Arrays.stream(parameters).map(SAMPLES::get).toArray();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] == Rejection.class) {
                for (Rejection refusal : REFUSALS) {
                    Object[] args = base.clone();
                    args[i] = refusal;
                    sets.add(args);
                }
                return sets;
            }
            if (parameters[i].isEnum()) {
                for (Object constant : parameters[i].getEnumConstants()) {
                    Object[] args = base.clone();
                    args[i] = constant;
                    sets.add(args);
                }
                return sets;
            }
        }
        sets.add(base);
        return sets;
    }
}
