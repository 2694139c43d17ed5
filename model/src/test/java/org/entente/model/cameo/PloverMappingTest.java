package org.entente.model.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.ReferenceData;
import org.entente.model.plover.Context;
import org.entente.model.plover.EventType;
import org.entente.model.plover.Mode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CAMEO -> PLOVER follows PLOVER's 2021 table; PLOVER -> CAMEO returns to the same root. */
class PloverMappingTest {
    private static final Pattern ROW = Pattern.compile("^(\\d+):\\s*([^#]*)");
    /** Codes whose mode Entente normalises to the PLOVER manual's mode list (cameo-codes.tsv header). */
    private static final Map<String, String> NORMALISED_MODES = Map.of(
            "085", "", "1321", "", "1711", "confiscate", "1712", "destroy", "175", "");
    private static final Map<String, String[]> TABLE = new LinkedHashMap<>();

    @BeforeAll
    static void readTable() throws IOException {
        for (String line : Files.readAllLines(ReferenceData.file("plover/CAMEO2PLOVER-2021.txt"))) {
            Matcher m = ROW.matcher(line);
            if (m.find() && m.group(2).contains(",")) {
                TABLE.put(m.group(1), Arrays.stream(m.group(2).split(",", -1)).map(String::strip).toArray(String[]::new));
            }
        }
    }

    @Test
    void officialCodingsAgreeWithPloversTable() {
        int compared = 0;
        for (Map.Entry<String, String[]> row : TABLE.entrySet()) {
            var found = Cameo.find(row.getKey());
            if (found.isEmpty()) {
                continue; // the table has one code (1214) the CAMEO codebook does not
            }
            PloverCoding coding = found.get().plover();
            String[] cells = row.getValue();
            assertEquals(EventType.ofName(cells[0]), coding.type(), "type of " + row.getKey());
            assertFalse(coding.inferred(), row.getKey() + " is PLOVER's own coding");
            String mode = NORMALISED_MODES.getOrDefault(row.getKey(), cells[1]);
            assertEquals(mode.isEmpty() ? null : Mode.ofLabel(mode), coding.mode(), "mode of " + row.getKey());
            Set<Context> contexts = new java.util.HashSet<>();
            Arrays.stream(cells[2].split(";")).map(String::strip).filter(s -> !s.isEmpty()).map(Context::ofLabel)
                    .forEach(contexts::add);
            if (row.getKey().equals("175")) {
                contexts.add(Context.PRO_AUTOCRACY); // the table writes this context in the mode column
            }
            assertEquals(contexts, Set.copyOf(coding.contexts()), "contexts of " + row.getKey());
            compared++;
        }
        assertEquals(TABLE.size() - 1, compared, "every table row but 1214 compared");
        assertEquals(255, compared);
    }

    @Test
    void everyCodeMapsToAPloverTypeExceptNeutralStatements() {
        List<String> uncoded = Cameo.codes().stream().filter(c -> c.plover() == null).map(CameoCode::code).toList();
        assertEquals(List.of("01", "010", "011"), uncoded);
    }

    @Test
    void officialCodesMapBackToACodeOfTheSameRoot() {
        for (CameoCode code : Cameo.codes()) {
            if (code.plover() != null && !code.plover().inferred()) {
                CameoCode back = Cameo.codeFor(code.plover());
                assertEquals(code.root(), back.root(), code.code() + " -> " + code.plover() + " -> " + back.code());
            }
        }
    }

    @Test
    void appealsFoldIntoRequestAndMapBackToTheParallelDemand() {
        List<CameoCode> appeals = Cameo.codes().stream().filter(c -> c.root().equals("02")).toList();
        assertEquals(28, appeals.size());
        for (CameoCode appeal : appeals) {
            assertEquals(EventType.REQUEST, appeal.plover().type(), appeal.code());
            assertTrue(appeal.plover().inferred(), appeal.code());
            String parallel = appeal.isRoot() || appeal.code().equals("020") ? "100" : "10" + appeal.code().substring(2);
            assertEquals(Cameo.code(parallel).plover().mode(), appeal.plover().mode(), appeal.code());
            assertEquals("10", Cameo.codeFor(appeal.plover()).root(), appeal.code());
        }
    }

    @Test
    void stanceStatementsMapToATypeAndBackToThatType() {
        for (CameoCode code : Cameo.codes()) {
            if (code.root().equals("01") && code.plover() != null) {
                assertTrue(code.plover().inferred());
                assertEquals(code.plover().type(), Cameo.codeFor(code.plover()).plover().type(), code.code());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "CONSULT,, 040", "CONSULT, VISIT, 042", "CONSULT, PHONE, 041", "CONSULT, THIRD_PARTY, 044",
        "AGREE,, 030", "SUPPORT,, 050", "REQUEST, MEET, 106", "REQUEST,, 100", "ACCUSE, DISAPPROVE, 110",
        "ACCUSE, INVESTIGATE, 090", "SANCTION,, 160", "PROTEST, DEMO, 141", "ASSAULT,, 180",
        "MOBILIZE, TROOPS, 152", "COERCE, ARREST, 173", "RETREAT, RELEASE, 0841"
    })
    void defaultCodeIsTheMostGeneralCodeOfTypeAndMode(EventType type, Mode mode, String expected) {
        assertEquals(expected, Cameo.defaultCode(type, mode).code());
    }

    @Test
    void contextsPickTheMoreSpecificCode() {
        assertEquals("1312", Cameo.codeFor(EventType.THREATEN, Mode.RESTRICT, List.of(Context.ECONOMIC)).code());
        assertEquals("163", Cameo.codeFor(EventType.COERCE, Mode.RESTRICT, List.of(Context.DIPLOMATIC)).code());
        assertEquals("0312", Cameo.codeFor(EventType.AGREE, null, List.of(Context.MILITARY)).code());
        assertEquals("138", Cameo.codeFor(EventType.THREATEN, Mode.VIOLENCE, List.of(Context.MILITARY)).code());
        assertEquals("190", Cameo.codeFor(EventType.ASSAULT, null, List.of(Context.MILITARY)).code());
    }

    @Test
    void lookUpFailsClearlyForUnknownCodes() {
        assertTrue(Cameo.find("999").isEmpty());
        assertNull(Cameo.find(null).orElse(null));
        var error = assertThrows(IllegalArgumentException.class, () -> Cameo.code("0999"));
        assertEquals("Unknown CAMEO code '0999'", error.getMessage());
        assertNotNull(Cameo.code(" 036 "));
    }

    @Test
    void cameoQuadClassFollowsTheRoot() {
        assertEquals(1, Cameo.code("036").quadClass().number());
        assertEquals(2, Cameo.code("090").quadClass().number());
        assertEquals(3, Cameo.code("112").quadClass().number());
        assertEquals(4, Cameo.code("190").quadClass().number());
        // CAMEO and PLOVER disagree on investigations: material cooperation vs verbal conflict.
        assertEquals(3, Cameo.code("090").plover().type().quadClass().number());
    }
}
