package com.partvote.adapters.web.api;

import com.partvote.application.port.in.RollExceptions.LineError;
import com.partvote.application.port.in.RollExceptions.RollInvalidException;
import com.partvote.application.port.in.VoterRollUseCases.RollLine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The voter roll's CSV as the API and the admin's roll page both read it: {@code email,name,part,team}
 * in any order (team may be left out), UTF-8, a header row, Excel's BOM and CRLF line ends
 * accepted. A line the reader cannot take is a ROLL_INVALID naming it; the rules of each field
 * are the application's.
 */
public final class RollCsv {

    static final List<String> COLUMNS = List.of("email", "name", "part", "team");

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private RollCsv() {
    }

    /** The file's lines after the header, numbered as a spreadsheet shows them (the header is line 1). */
    public static List<RollLine> lines(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<RollLine> lines = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(text)) {
            if (!rows.hasNext()) {
                throw new RollInvalidException(List.of(new LineError(1, "header", "missing")));
            }
            int[] at = header(rows.next());
            int number = 1; // names and emails hold no line break, so a row is a line
            while (rows.hasNext()) {
                String[] row = rows.next();
                number++;
                if (row.length == 1 && row[0].isBlank()) {
                    continue; // a blank line (a trailing one, often)
                }
                if (row.length > COLUMNS.size()) {
                    errors.add(new LineError(number, "line", "too many fields"));
                    continue;
                }
                lines.add(new RollLine(number, cell(row, at[0]), cell(row, at[1]), cell(row, at[2]), cell(row, at[3])));
            }
        } catch (JacksonException e) {
            throw new RollInvalidException(List.of(new LineError(lines.size() + 2, "line", "not CSV")));
        }
        if (!errors.isEmpty()) {
            throw new RollInvalidException(errors);
        }
        return lines;
    }

    private static int[] header(String[] names) {
        int[] at = {-1, -1, -1, -1};
        for (int i = 0; i < names.length; i++) {
            int column = COLUMNS.indexOf(names[i].strip().toLowerCase(Locale.ROOT));
            if (column >= 0) {
                at[column] = i;
            }
        }
        List<LineError> missing = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            if (at[c] < 0) {
                missing.add(new LineError(1, COLUMNS.get(c), "missing column"));
            }
        }
        if (!missing.isEmpty()) {
            throw new RollInvalidException(missing);
        }
        return at;
    }

    private static String cell(String[] row, int index) {
        return index < 0 || index >= row.length ? null : row[index].strip();
    }
}
