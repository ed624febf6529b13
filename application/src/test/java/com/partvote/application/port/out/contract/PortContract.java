package com.partvote.application.port.out.contract;

import static com.partvote.domain.fixtures.ChoiceBuilder.aChoice;
import static com.partvote.domain.fixtures.ElectionBuilder.anElection;
import static com.partvote.domain.fixtures.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import com.partvote.application.port.out.BallotLogPort.RecordedChange;
import com.partvote.application.port.out.BallotLogPort.Sequencing;
import com.partvote.application.port.out.StandingsQueryPort.Turnout;
import com.partvote.domain.ballot.BallotSheet;
import com.partvote.domain.choice.Choice;
import com.partvote.domain.choice.ChoiceId;
import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.election.Election;
import com.partvote.domain.election.ElectionSpec;
import com.partvote.domain.fixtures.AtOnce.Outcome;
import com.partvote.domain.fixtures.ChoiceBuilder;
import com.partvote.domain.fixtures.ElectionBuilder;
import com.partvote.domain.fixtures.MemberBuilder;
import com.partvote.domain.log.LogAudit;
import com.partvote.domain.log.LogEntry;
import com.partvote.domain.log.LogTally;
import com.partvote.domain.log.PublishedEntry;
import com.partvote.domain.log.SignedTreeHead;
import com.partvote.domain.member.Member;
import com.partvote.domain.member.Part;
import com.partvote.domain.tally.ChoiceVotes;
import com.partvote.domain.tally.Tally;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every part of the persistence contract shares: the store under test and a few helpers.
 *
 * <p>An adapter runs the contract by subclassing each {@code *Contract} class and implementing
 * {@link #freshStore()}. The suite assumes nothing about how ids are chosen (they need not start
 * at 1 nor be consecutive), only what the ports promise.
 */
public abstract class PortContract {

    /** The instant the tests treat as "now"; ports are always handed their time explicitly. */
    protected static final Instant T0 = Instant.parse("2026-03-05T09:00:00Z");

    /** Signs the suite's tree heads. */
    protected static final TestSigner SIGNER = TestSigner.generate();

    /** How many threads the concurrency tests start at once. */
    protected static final int THREADS = 16;

    /** The store of the running test, from {@link #freshStore()}. */
    protected PersistencePorts store;

    /**
     * Called before every test: the ports of a store that holds nothing yet (no member,
     * election, choice, ballot, session or deny-list entry), so that nothing one test wrote is seen by
     * another. Each call of a port must be complete when it returns (committed, if the store
     * has transactions): the suite calls the ports the way a use case does, from many threads.
     */
    protected abstract PersistencePorts freshStore();

    @BeforeEach
    void openFreshStore() {
        store = freshStore();
        assertThat(store).as("freshStore()").isNotNull();
    }

    // ---- members, elections and choices the tests need ------------------------------------

    protected Member newMember() {
        return newMember(Part.FE);
    }

    protected Member newMember(Part part) {
        return store.saveMember().saveNewMember(aMember().inPart(part).unsaved());
    }

    protected Member newMember(MemberBuilder member) {
        return store.saveMember().saveNewMember(member.unsaved());
    }

    /** Saves a new election (under its own slug), open since before {@link #T0} with no close. */
    protected Election newElection() {
        return newElection(anElection());
    }

    protected Election newElection(ElectionBuilder election) {
        Election built = election.build();
        return store.saveElection().saveElection(spec(built), T0);
    }

    protected static ElectionSpec spec(Election e) {
        return new ElectionSpec(e.slug(), e.title(), e.kind(), e.stage(), e.window(), e.results(), e.rules(),
                e.part());
    }

    /** Registers one new choice of the election (under its own key) and returns it as the store keeps it. */
    protected Choice newChoice(Election election) {
        return newChoice(election, aChoice());
    }

    protected Choice newChoice(Election election, ChoiceBuilder choice) {
        return register(election, choice.key(), choice.profile(), T0);
    }

    /** Upserts one profile under {@code key} and returns the choice stored under that key. */
    protected Choice register(Election election, String key, ChoiceProfile profile, Instant now) {
        Set<ChoiceId> before = idsOf(election);
        store.saveElection().upsertChoices(election.id(), Map.of(key, profile), now);
        List<Choice> added = store.loadChoice().choicesOf(election.id()).stream()
                .filter(c -> !before.contains(c.id())).toList();
        assertThat(added).as("choices added by one new key").hasSize(1);
        return added.get(0);
    }

    protected Set<ChoiceId> idsOf(Election election) {
        return store.loadChoice().choicesOf(election.id()).stream().map(Choice::id).collect(Collectors.toSet());
    }

    /** Votes per choice of an election, as the standings query counts them. */
    protected Map<ChoiceId, Long> votesIn(Election election) {
        return store.standings().countVotes(election.id()).stream()
                .collect(Collectors.toMap(cv -> cv.choice().id(), ChoiceVotes::votes));
    }

    protected long votesFor(Election election, Choice choice) {
        Long votes = votesIn(election).get(choice.id());
        assertThat(votes).as("choice %s in the standings of %s", choice.id(), election.id()).isNotNull();
        return votes;
    }

    protected Turnout turnout(Election election) {
        return store.standings().turnout(election.id());
    }

    /** The voter's sheet as the store keeps it: its choices, or none. */
    protected Set<ChoiceId> sheetOf(Election election, Member voter) {
        return store.sheets().sheetOf(election.id(), voter.id()).map(BallotSheet::choices).orElse(Set.of());
    }

    /**
     * The recount: every voter's sheet counted from scratch must equal the maintained counts, and
     * the turnout must equal the number of sheets and the choices they hold.
     */
    protected void assertCountsEqualARecount(Election election, Collection<Member> voters) {
        List<BallotSheet> sheets = voters.stream()
                .flatMap(v -> store.sheets().sheetOf(election.id(), v.id()).stream()).toList();
        Map<ChoiceId, Long> recount = Tally.recount(sheets);
        votesIn(election).forEach((choice, votes) ->
                assertThat(votes).as("votes for %s against the recount", choice).isEqualTo(recount.getOrDefault(choice, 0L)));
        assertThat(turnout(election)).as("turnout against the recount")
                .isEqualTo(new Turnout(sheets.stream().mapToLong(BallotSheet::size).sum(), sheets.size()));
        assertTheLogRecountsTheTally(election, voters);
    }

    // ---- the ballot log ------------------------------------------------------------------------

    /** Sequences everything pending, then reads the whole log of the election. */
    protected List<PublishedEntry> logOf(Election election) {
        store.log().sequence(election.id(), Sequencing.NOW, SIGNER);
        List<PublishedEntry> all = new ArrayList<>();
        List<PublishedEntry> page;
        do {
            page = store.log().entries(election.id(), all.size(), 100);
            all.addAll(page);
        } while (page.size() == 100);
        return all;
    }

    /**
     * The log, once sequenced, is whole and signed (the checks a stranger runs), its recount equals
     * the maintained counts, and each voter's latest entry is the sheet the store holds.
     */
    protected void assertTheLogRecountsTheTally(Election election, Collection<Member> voters) {
        List<PublishedEntry> entries = logOf(election);
        List<SignedTreeHead> heads = store.log().heads(election.id());
        assertThat(LogAudit.entries(election.id(), entries)).as("the entries").isEmpty();
        assertThat(LogAudit.heads(election.id(), heads, SIGNER.key())).as("the heads").isEmpty();
        assertThat(LogAudit.roots(entries.stream().map(PublishedEntry::leafHash).toList(), heads)).as("the roots").isEmpty();
        LogTally tally = LogTally.of(entries.stream().map(PublishedEntry::entry).toList());
        assertThat(tally.compareWith(votesIn(election))).as("the log's recount against the counts").isEmpty();
        assertThat(new Turnout(tally.ballots(), tally.voters())).as("the log's turnout").isEqualTo(turnout(election));
        for (Member voter : voters) {
            Set<ChoiceId> logged = store.log().trackerOf(election.id(), voter.id())
                    .flatMap(t -> store.log().latestChange(election.id(), t))
                    .map(RecordedChange::choices).map(Set::copyOf).orElse(Set.of());
            assertThat(logged).as("the latest logged sheet of %s", voter.id()).isEqualTo(sheetOf(election, voter));
        }
    }

    /** The entries' trackers, in log order. */
    protected static List<String> trackers(List<PublishedEntry> entries) {
        return entries.stream().map(PublishedEntry::entry).map(LogEntry::tracker).map(Object::toString).toList();
    }

    // ---- running calls at once (the harness: AtOnce) -----------------------------------------

    protected static <T> List<Outcome<T>> successes(List<Outcome<T>> outcomes) {
        return outcomes.stream().filter(Outcome::succeeded).toList();
    }

    protected static <T> List<Exception> failures(List<Outcome<T>> outcomes) {
        return outcomes.stream().filter(o -> !o.succeeded()).map(Outcome::failure).toList();
    }
}
