package org.entente.model;

import java.time.LocalDate;
import java.util.List;
import org.entente.model.actor.Actor;
import org.entente.model.actor.ActorRole;
import org.entente.model.plover.Context;
import org.entente.model.plover.EventType;
import org.entente.model.plover.Mode;

/** Model values built from seed 000 (Xi Jinping and Lee Jae Myung meet at APEC), shared by the tests. */
public final class Fixtures {
    public static final String SENTENCE = "Chinese President Xi Jinping will meet with South Korea's new President "
            + "Lee Jae-min on Saturday on the sidelines of the Asia-Pacific Economic Cooperation (APEC) summit in South Korea.";

    private Fixtures() {
    }

    public static Article article() {
        return new Article("000_230807f11d7aeb32.txt", "China and South Korea forge closer cooperation", SENTENCE,
                "https://example.org/news/000", LocalDate.of(2025, 10, 29), "en");
    }

    public static Event meeting() {
        return Event.builder("e1", EventType.CONSULT)
                .mode(Mode.MULTILATERAL)
                .context(Context.ECONOMIC)
                .source(Actor.of("Xi Jinping", "CHN", ActorRole.GOV).withId("Q15031"))
                .target(Actor.of("Lee Jae Myung", "KOR", ActorRole.GOV))
                .modality(Modality.FUTURE)
                .date(LocalDate.of(2025, 11, 1), DatePrecision.DAY)
                .place(new Place("Gyeongju", "KOR", 35.86, 129.22))
                .evidence(new Evidence(SENTENCE, 0, SENTENCE.length()))
                .attribution("Bloomberg")
                .confidence(0.9)
                .build();
    }

    public static Event summit() {
        return Event.builder("e2", EventType.CONSULT)
                .source(List.of(Actor.ofOrganization("APEC", "APEC")))
                .historical(true)
                .date(LocalDate.of(2025, 6, 17), DatePrecision.MONTH)
                .confidence(0.5)
                .build();
    }

    public static Extraction extraction() {
        Event meeting = meeting();
        return new Extraction(article(), List.of(meeting, summit()),
                List.of(Tag.of(TagKind.COUNTRY, "KOR", "South Korea", 1.0, 0.95),
                        Tag.of(TagKind.PERSON, "Xi Jinping", "Xi Jinping", 0.8, 0.9),
                        Tag.of(TagKind.EVENT_TYPE, "CONSULT", "Consult", 0.9, 0.9)),
                meeting);
    }
}
