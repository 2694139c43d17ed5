package org.entente.model.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.entente.model.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled codebook agrees with the CAMEO codebook in ../shared/reference/cameo. */
class CameoReferenceTest {
    private static final Map<String, CSVRecord> REFERENCE = new LinkedHashMap<>();

    @BeforeAll
    static void readReference() throws IOException {
        // The reference file has a few malformed UTF-8 bytes in its example sentences: decode leniently.
        try (Reader in = new InputStreamReader(Files.newInputStream(ReferenceData.file("cameo/cameo-codes.csv")),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get().parse(in)) {
                REFERENCE.put(row.get("code"), row);
            }
        }
    }

    @Test
    void everyReferenceCodeResolvesWithTheSameNameAndGoldsteinScore() {
        assertEquals(312, REFERENCE.size(), "reference codebook size");
        for (CSVRecord row : REFERENCE.values()) {
            CameoCode code = Cameo.code(row.get("code"));
            assertEquals(Double.parseDouble(row.get("goldstein")), code.goldstein(), 0.0, "Goldstein of " + code.code());
            assertEquals(row.get("name").strip(), code.name(), "name of " + code.code());
            assertEquals(row.get("root_code"), code.root(), "root of " + code.code());
        }
    }

    @Test
    void theCodebookHasNoCodeTheReferenceLacks() {
        assertEquals(REFERENCE.size(), Cameo.codes().size());
        Cameo.codes().forEach(code -> assertTrue(REFERENCE.containsKey(code.code()), code.code() + " is not in the reference"));
    }
}
