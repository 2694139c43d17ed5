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
 * Fuzzes the PETRARCH verb dictionary reader ({@link Knowledge#withPetrarchVerbs}): see
 * {@link PetrarchFuzzing} for what must hold. A small actor dictionary lets the text made of the
 * dictionary's lines ("Japan WORDS China.") put actors around its verbs and patterns. Seeds: short
 * verb dictionaries written for this test.
 */
class PetrarchVerbsFuzzTest {
    private static final String ACTORS = """
            JAPAN [JPN]
            CHINA [CHN]
            SOUTH_KOREA [KOR]
            POLICE {} [~COP]
            """;
    private static final List<String> SEEDS = List.of("""
            --- MEET [040] ---
            MEET {MET MEETING}
            +HUDDLE_WITH {+HUDDLED_WITH}
            - $ * + IN &CITY [043]
            - * WITH + [040]
            - * _UP WITH + [042]
            &CITY
            +PARIS
            +NEW_YORK_
            """, """
            --- CONDEMN [122] ---
            CONDEMN
            DENOUNCE [122]
            - $ * + FOR {THE ATTACK} [111]
            - * (FOR + ) [:112]
            - DID N'T * [---]
            - ^ * % [111:112]
            --- ACCUSE [112] ---
            ACCUSE
            WIRE_+TAP [1121]
            - * + OF SPYING|ESPIONAGE [112]
            ~ $ * + -> $ + [112]
            """, """
            &ARMY_
            +TROOPS
            +&NAVY
            &NAVY
            +WARSHIP
            --- DEPLOY [154] ---
            DEPLOY
            - $ * &ARMY TO + [154]
            --- SAY [---] ---
            SAY {SAID}
            - * + WOULD [075A]
            - * [def]
            """);

    private static PetrarchFuzzing fuzzing;

    static Stream<Arguments> seeds() {
        return SEEDS.stream().map(s -> Fuzzing.seed("verbs " + SEEDS.indexOf(s), s));
    }

    private static synchronized PetrarchFuzzing fuzzing() {
        if (fuzzing == null) {
            fuzzing = new PetrarchFuzzing("actors.txt", ACTORS, Knowledge::withPetrarchDictionary);
        }
        return fuzzing;
    }

    @MethodSource("seeds")
    @DictionaryEntries({"--- ", " ---", "[040]", "[:112]", "[---]", "- ", " * ", "$", " + ", "%", "^", "&", "_", "{", "}",
            "(", ")", "|", "~", "N'T", "#", "<!--"})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @FuzzTest
    void verbs(byte[] data) {
        fuzzing().run(data, Knowledge::withPetrarchVerbs, dictionary -> {
            StringBuilder text = new StringBuilder();
            for (String words : PetrarchFuzzing.phrases(dictionary)) {
                text.append("Japan ").append(words.toLowerCase(java.util.Locale.ROOT)).append(" China. ");
            }
            return text.toString();
        });
    }
}
