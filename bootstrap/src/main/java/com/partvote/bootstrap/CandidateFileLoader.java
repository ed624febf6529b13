package com.partvote.bootstrap;

import com.partvote.application.port.in.ImportCandidatesUseCase;
import com.partvote.application.port.out.SaveCandidatesPort.UpsertCounts;
import com.partvote.domain.DomainException;
import com.partvote.domain.choice.ChoiceProfile;
import com.partvote.domain.member.Email;
import com.partvote.domain.member.Part;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Registers the candidates from the operator's file at start-up, before the application reports
 * ready. The file is UTF-8 CSV with a header {@code key,part,name,team,age,email}; {@code key} is
 * the candidate's stable identity, so a restart changes nothing and an edited name or team
 * updates the candidate in place. A malformed file stops the start-up with the line at fault.
 */
@Component
@Order(0)
class CandidateFileLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CandidateFileLoader.class);

    private final ImportCandidatesUseCase importCandidates;
    private final ResourceLoader resources;
    private final PartvoteProperties properties;

    CandidateFileLoader(ImportCandidatesUseCase importCandidates, ResourceLoader resources,
                        PartvoteProperties properties) {
        this.importCandidates = importCandidates;
        this.resources = resources;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        String location = properties.candidates().file();
        Resource file = resources.getResource(location);
        if (!file.exists()) {
            throw new IllegalStateException("candidate file not found: " + location);
        }
        Map<String, ChoiceProfile> profiles;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            profiles = parse(reader, location);
        }
        UpsertCounts counts = importCandidates.importCandidates(profiles);
        log.info("candidates from {}: {} in file, {} added, {} updated, {} unchanged", location, profiles.size(),
                counts.inserted(), counts.updated(), counts.unchanged());
    }

    static Map<String, ChoiceProfile> parse(BufferedReader reader, String source) throws IOException {
        Map<String, ChoiceProfile> profiles = new LinkedHashMap<>();
        String header = reader.readLine();
        if (header == null || !header.replace("\uFEFF", "").strip().equals("key,part,name,team,age,email")) {
            throw new IllegalStateException(source + ": the first line must be 'key,part,name,team,age,email'");
        }
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 6) {
                throw new IllegalStateException(source + " line " + number + ": expected 6 fields, found " + f.length);
            }
            String key = f[0].strip();
            if (key.isEmpty() || key.length() > 64) {
                throw new IllegalStateException(source + " line " + number + ": the key must be 1 to 64 characters");
            }
            try {
                ChoiceProfile profile = new ChoiceProfile(f[2], Part.parse(f[1].strip()), blankToNull(f[3]),
                        blankToNull(f[4]) == null ? null : Integer.valueOf(f[4].strip()),
                        blankToNull(f[5]) == null ? null : new Email(f[5]));
                if (profiles.put(key, profile) != null) {
                    throw new IllegalStateException(source + " line " + number + ": key '" + key + "' appears twice");
                }
            } catch (DomainException | NumberFormatException e) {
                throw new IllegalStateException(source + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return profiles;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
