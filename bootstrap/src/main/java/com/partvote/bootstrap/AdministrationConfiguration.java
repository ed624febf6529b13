package com.partvote.bootstrap;

import com.partvote.application.auth.AccessPolicy;
import com.partvote.application.auth.AuthSettings;
import com.partvote.application.port.in.AdministrationUseCases.ChangeRoleUseCase;
import com.partvote.application.port.in.AdministrationUseCases.DisableMemberUseCase;
import com.partvote.application.port.in.AdministrationUseCases.ListMembersUseCase;
import com.partvote.application.port.in.AdministrationUseCases.ViewAccessUseCase;
import com.partvote.application.port.in.AdministrationUseCases.RecordClockTransitionsUseCase;
import com.partvote.application.port.in.AdministrationUseCases.ViewAuditTrailUseCase;
import com.partvote.application.port.in.ElectionReportUseCases.ExportResultsUseCase;
import com.partvote.application.port.in.ElectionReportUseCases.ViewTurnoutUseCase;
import com.partvote.application.port.in.ManageElectionUseCases.CreateElectionUseCase;
import com.partvote.application.port.in.ManageElectionUseCases.EditElectionUseCase;
import com.partvote.application.port.in.ManageElectionUseCases.StepElectionUseCase;
import com.partvote.application.port.in.VoterRollUseCases.ListRollUseCase;
import com.partvote.application.port.in.VoterRollUseCases.RemoveRollEntryUseCase;
import com.partvote.application.port.in.VoterRollUseCases.UploadRollUseCase;
import com.partvote.application.port.out.AuditTrailPort;
import com.partvote.application.port.out.ClubTeamsPort;
import com.partvote.application.port.out.LoadChoicePort;
import com.partvote.application.port.out.LoadElectionPort;
import com.partvote.application.port.out.LoadMemberPort;
import com.partvote.application.port.out.LoadVoterPort;
import com.partvote.application.port.out.MemberAccessPort;
import com.partvote.application.port.out.SaveElectionPort;
import com.partvote.application.port.out.SessionPort;
import com.partvote.application.port.out.StandingsQueryPort;
import com.partvote.application.port.out.StandingsSignalPort;
import com.partvote.application.port.out.TokenDenyListPort;
import com.partvote.application.port.out.VoterRollPort;
import com.partvote.application.service.AdminElections;
import com.partvote.application.service.ChangeRoleService;
import com.partvote.application.service.CreateElectionService;
import com.partvote.application.service.DisableMemberService;
import com.partvote.application.service.EditElectionService;
import com.partvote.application.service.ElectionLogSteps;
import com.partvote.application.service.ExportResultsService;
import com.partvote.application.service.ListMembersService;
import com.partvote.application.service.ListRollService;
import com.partvote.application.service.RecordClockTransitionsService;
import com.partvote.application.service.RegistrationPolicy;
import com.partvote.application.service.RemoveRollEntryService;
import com.partvote.application.service.StepElectionService;
import com.partvote.application.service.UploadRollService;
import com.partvote.application.service.ViewAccessService;
import com.partvote.application.service.ViewAuditTrailService;
import com.partvote.application.service.ViewTurnoutService;
import com.partvote.bootstrap.UseCaseConfiguration.Transactions;
import com.partvote.domain.member.Email;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Running elections: the access policy (admins from {@code partvote.admin-emails} and stored
 * roles), the admin's use cases, each in its transaction, and the clock's audit entries.
 */
@Configuration(proxyBeanMethods = false)
class AdministrationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AdministrationConfiguration.class);

    @Bean
    AccessPolicy accessPolicy(MemberAccessPort members, @Value("${partvote.admin-emails:}") List<String> adminEmails) {
        Set<Email> configured = adminEmails.stream().filter(s -> !s.isBlank()).map(Email::new).collect(Collectors.toSet());
        return new AccessPolicy(members, configured);
    }

    /**
     * Who may register: {@code open} (anyone; the development default) or {@code roll} (the voter
     * roll's emails, with its part and team). The production profile requires it to be set.
     */
    @Bean
    RegistrationPolicy registrationPolicy(VoterRollPort roll, @Value("${partvote.registration.mode:}") String mode,
                                          AccessPolicy access, Environment environment) {
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        if (mode.isBlank()) {
            if (production) {
                throw new IllegalStateException("PARTVOTE_REGISTRATION_MODE is not set: in production say who may "
                        + "register, open (anyone) or roll (the voter roll's emails only).");
            }
            return RegistrationPolicy.open();
        }
        try {
            return new RegistrationPolicy(RegistrationPolicy.Mode.valueOf(mode.strip().toUpperCase(Locale.ROOT)), roll,
                    access.configuredAdmins());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PARTVOTE_REGISTRATION_MODE must be open or roll, not " + mode);
        }
    }

    @Bean
    UploadRollUseCase uploadRollUseCase(AccessPolicy access, VoterRollPort roll, ClubTeamsPort teams, AuditTrailPort trail,
                                        Clock clock, Transactions tx) {
        return TransactionalUseCase.wrap(UploadRollUseCase.class, new UploadRollService(access, roll, teams, trail, clock),
                tx.readWrite());
    }

    @Bean
    ListRollUseCase listRollUseCase(AccessPolicy access, VoterRollPort roll, LoadMemberPort members,
                                    LoadElectionPort elections, StandingsQueryPort standings, Transactions tx) {
        return TransactionalUseCase.wrap(ListRollUseCase.class,
                new ListRollService(access, roll, members, elections, standings), tx.readOnly());
    }

    @Bean
    RemoveRollEntryUseCase removeRollEntryUseCase(AccessPolicy access, VoterRollPort roll, AuditTrailPort trail,
                                                  Clock clock, Transactions tx) {
        return TransactionalUseCase.wrap(RemoveRollEntryUseCase.class,
                new RemoveRollEntryService(access, roll, trail, clock), tx.readWrite());
    }

    @Bean
    AdminElections adminElections(LoadElectionPort elections, SaveElectionPort store) {
        return new AdminElections(elections, store);
    }

    @Bean
    CreateElectionUseCase createElectionUseCase(AccessPolicy access, SaveElectionPort elections, LoadMemberPort members,
                                                ClubTeamsPort teams, AuditTrailPort trail, Clock clock, Transactions tx) {
        return TransactionalUseCase.wrap(CreateElectionUseCase.class,
                new CreateElectionService(access, elections, members, teams, trail, clock), tx.readWrite());
    }

    /** Edits and steps are announced to the live standings once committed ({@link AnnouncedChanges}). */
    @Bean
    EditElectionUseCase editElectionUseCase(AccessPolicy access, AdminElections lookup, SaveElectionPort elections,
                                            LoadMemberPort members, ClubTeamsPort teams, AuditTrailPort trail,
                                            Clock clock, Transactions tx, StandingsSignalPort signal) {
        return AnnouncedChanges.editElection(TransactionalUseCase.wrap(EditElectionUseCase.class,
                new EditElectionService(access, lookup, elections, members, teams, trail, clock), tx.readWrite()),
                signal);
    }

    /** The ballot log's steps run in the step's transaction: a head at the close, the log checked before publishing. */
    @Bean
    StepElectionUseCase stepElectionUseCase(AccessPolicy access, AdminElections lookup, SaveElectionPort elections,
                                            AuditTrailPort trail, Clock clock, ElectionLogSteps logSteps, Transactions tx,
                                            StandingsSignalPort signal) {
        return AnnouncedChanges.stepElection(TransactionalUseCase.wrap(StepElectionUseCase.class,
                new StepElectionService(access, lookup, elections, trail, clock, logSteps), tx.readWrite()), signal);
    }

    @Bean
    ViewAuditTrailUseCase viewAuditTrailUseCase(AccessPolicy access, AdminElections lookup, AuditTrailPort trail,
                                                Transactions tx) {
        return TransactionalUseCase.wrap(ViewAuditTrailUseCase.class,
                new ViewAuditTrailService(access, lookup, trail), tx.readOnly());
    }

    @Bean
    ViewAccessUseCase viewAccessUseCase(AccessPolicy access) {
        // one autocommit read; no transaction needed
        return TransactionalUseCase.wrap(ViewAccessUseCase.class, new ViewAccessService(access), null);
    }

    @Bean
    ListMembersUseCase listMembersUseCase(AccessPolicy access, MemberAccessPort members, Transactions tx) {
        return TransactionalUseCase.wrap(ListMembersUseCase.class, new ListMembersService(access, members), tx.readOnly());
    }

    @Bean
    ChangeRoleUseCase changeRoleUseCase(AccessPolicy access, MemberAccessPort members, AuditTrailPort trail,
                                        Clock clock, Transactions tx) {
        return TransactionalUseCase.wrap(ChangeRoleUseCase.class,
                new ChangeRoleService(access, members, trail, clock), tx.readWrite());
    }

    @Bean
    DisableMemberUseCase disableMemberUseCase(AccessPolicy access, MemberAccessPort members, SessionPort sessions,
                                              TokenDenyListPort denyList, AuthSettings settings, AuditTrailPort trail,
                                              Clock clock, Transactions tx) {
        return TransactionalUseCase.wrap(DisableMemberUseCase.class,
                new DisableMemberService(access, members, sessions, denyList, settings, trail, clock), tx.readWrite());
    }

    @Bean
    ViewTurnoutUseCase viewTurnoutUseCase(AccessPolicy access, AdminElections lookup, LoadChoicePort choices,
                                          LoadVoterPort voters, MemberAccessPort members, StandingsQueryPort standings,
                                          Clock clock, Transactions tx) {
        return TransactionalUseCase.wrap(ViewTurnoutUseCase.class,
                new ViewTurnoutService(access, lookup, choices, voters, members, standings, clock), tx.readOnly());
    }

    @Bean
    ExportResultsUseCase exportResultsUseCase(AccessPolicy access, AdminElections lookup, StandingsQueryPort standings,
                                              Clock clock, Transactions tx) {
        return TransactionalUseCase.wrap(ExportResultsUseCase.class,
                new ExportResultsService(access, lookup, standings, clock), tx.readOnly());
    }

    @Bean
    RecordClockTransitionsUseCase recordClockTransitionsUseCase(LoadElectionPort elections, AuditTrailPort trail,
                                                                Clock clock, Transactions tx) {
        return TransactionalUseCase.wrap(RecordClockTransitionsUseCase.class,
                new RecordClockTransitionsService(elections, trail, clock), tx.readWrite());
    }

    @Bean
    ClockAudit clockAudit(RecordClockTransitionsUseCase transitions) {
        return new ClockAudit(transitions);
    }

    /** Every few seconds, the openings and closings the clock brought about, into the audit trail. */
    static final class ClockAudit {
        private final RecordClockTransitionsUseCase transitions;

        ClockAudit(RecordClockTransitionsUseCase transitions) {
            this.transitions = transitions;
        }

        @Scheduled(initialDelayString = "${partvote.audit.clock-interval:5s}",
                fixedDelayString = "${partvote.audit.clock-interval:5s}")
        void record() {
            try {
                int written = transitions.recordClockTransitions();
                if (written > 0) {
                    log.info("audit: {} opening(s) or closing(s) by the clock recorded", written);
                }
            } catch (RuntimeException e) {
                log.warn("audit of clock transitions failed, will retry: {}", e.getMessage());
            }
        }
    }
}
