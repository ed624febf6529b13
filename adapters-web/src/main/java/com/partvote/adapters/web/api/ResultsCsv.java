package com.partvote.adapters.web.api;

import com.partvote.adapters.web.api.ElectionReportController.ResultRow;
import com.partvote.adapters.web.api.ElectionReportController.ResultsExport;
import com.partvote.application.port.in.ViewStandingsUseCase.ElectionStandings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * An election's results as the CSV file an admin downloads, from the API or from the admin's
 * page: one writer for both, so that the two files are the same bytes. UTF-8 with a byte-order
 * mark (spreadsheets read Hangul right only with it), CRLF line ends, a header row, one row per
 * choice with the election's facts repeated on each (a flat table sorts and filters well).
 */
public final class ResultsCsv {

    /** The columns, in order. */
    static final List<String> COLUMNS = List.of("election", "title", "state", "opens_at", "closes_at",
            "generated_at", "ballots", "voters", "rank", "choice_id", "name", "votes");

    private static final CsvMapper CSV = new CsvMapper();

    private ResultsCsv() {
    }

    /** The file as a download named after the election ({@code <slug>-results.csv}). */
    public static ResponseEntity<byte[]> attachment(ElectionStandings standings) {
        ResultsExport e = ResultsExport.of(standings);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(e.slug() + "-results.csv", StandardCharsets.UTF_8).build().toString())
                .body(bytes(e));
    }

    static byte[] bytes(ResultsExport e) {
        CsvSchema.Builder columns = CsvSchema.builder();
        COLUMNS.forEach(columns::addColumn);
        List<List<String>> rows = new ArrayList<>();
        for (ResultRow r : e.standings()) {
            rows.add(List.of(e.slug(), e.title(), e.state(), text(e.opensAt()), text(e.closesAt()), e.generatedAt().toString(),
                    Long.toString(e.ballots()), Long.toString(e.voters()), Integer.toString(r.rank()),
                    Long.toString(r.choiceId()), r.name(), Long.toString(r.votes())));
        }
        String csv = CSV.writer(columns.build().withHeader().withLineSeparator("\r\n")).writeValueAsString(rows);
        return ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Instant at) {
        return at == null ? "" : at.toString();
    }
}
