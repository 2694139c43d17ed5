package org.entente.extract;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the PETRARCH actor and agent dictionary reader ({@link Knowledge#withPetrarchDictionary},
 * {@link Knowledge#withPetrarchAgents}): see {@link PetrarchFuzzing} for what must hold. A small
 * verb dictionary (meet, condemn) lets the text made of the dictionary's phrases ("P1 condemned
 * P2.") code events between its actors. Seeds: short dictionaries written for this test.
 */
class PetrarchDictionaryFuzzTest {
    private static final String VERBS = """
            --- MEET [040] ---
            MEET {MET MEETING}
            --- CONDEMN [122] ---
            CONDEMN
            DENOUNCE
            """;
    private static final List<String> SEEDS = List.of("""
            # Actors, with aliases and date-bounded codes
            JAPAN_  [JPN]
            +NIPPON
            TOKYO [JPNGOV]
            KISHIDA_FUMIO_ [JPNGOV 211004-241001]
            +FUMIO_KISHIDA
            [JPNELI >241001]
            UNITED_NATIONS [IGOUNO]
            SECURITY_COUNCIL [IGOUNOGOV]
            """, """
            NORTHERN_ALLIANCE [AFGREB/AFGOPP]   # several actors at once
            OLD_REPUBLIC [UAR]
            BEIJING_FISHERMEN [CHNBUS < 20200101]
            SEOUL [KORGOV 19950601 - 19990815]
            <!-- not an actor -->
            BLUE_HOUSE_
            +CHEONG_WA_DAE
            [KORGOV]
            """, """
            !PERSON! = MAN, MEN, WOMAN, WOMEN
            !MINIST! = MINISTER, MINISTERS
            POLICE {} [~COP]
            FOREIGN_!MINIST! [~GOVFRM]
            HOLY_!PERSON! [~REL]
            AMBASSADOR {AMBASSADORS} [~GOVDIP]
            SOLDIER [~MIL]
            REBEL_ [~REB]
            """);

    private static PetrarchFuzzing fuzzing;

    static Stream<Arguments> seeds() {
        return SEEDS.stream().map(s -> Fuzzing.seed("dictionary " + SEEDS.indexOf(s), s));
    }

    private static synchronized PetrarchFuzzing fuzzing() {
        if (fuzzing == null) {
            fuzzing = new PetrarchFuzzing("verbs.txt", VERBS, Knowledge::withPetrarchVerbs);
        }
        return fuzzing;
    }

    @MethodSource("seeds")
    @DictionaryEntries({"[", "]", "_", "+", "~", "{}", "!PERSON!", "!X! = ", ">", "<", "-", "/", "[JPNGOV]", "[~GOV]",
            "[IGOUNO]", "<!--", "-->", "#", "201201", "19990815"})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @FuzzTest
    void actorsAndAgents(byte[] data) {
        fuzzing().run(data, Knowledge::withPetrarchDictionary, dictionary -> {
            List<String> phrases = PetrarchFuzzing.phrases(dictionary);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i + 1 < phrases.size(); i++) {
                text.append(phrases.get(i)).append(" condemned ").append(phrases.get(i + 1)).append(". ");
            }
            return text.toString();
        });
    }
}
