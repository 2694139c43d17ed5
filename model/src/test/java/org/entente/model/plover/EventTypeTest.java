package org.entente.model.plover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void theSixteenTypesFallIntoQuadClassesAsPloverDefines() {
        Map<QuadClass, List<EventType>> byQuad = Arrays.stream(EventType.values())
                .collect(Collectors.groupingBy(EventType::quadClass));
        assertEquals(List.of(EventType.AGREE, EventType.CONSULT, EventType.SUPPORT, EventType.CONCEDE),
                byQuad.get(QuadClass.VERBAL_COOPERATION));
        assertEquals(List.of(EventType.COOPERATE, EventType.AID, EventType.RETREAT), byQuad.get(QuadClass.MATERIAL_COOPERATION));
        assertEquals(List.of(EventType.REQUEST, EventType.ACCUSE, EventType.REJECT, EventType.THREATEN),
                byQuad.get(QuadClass.VERBAL_CONFLICT));
        assertEquals(List.of(EventType.PROTEST, EventType.SANCTION, EventType.MOBILIZE, EventType.COERCE, EventType.ASSAULT),
                byQuad.get(QuadClass.MATERIAL_CONFLICT));
    }

    @Test
    void scoresArePositiveForCooperationAndNegativeForConflict() {
        for (EventType type : EventType.values()) {
            assertEquals(type.quadClass().isCooperation(), type.score() > 0, type.name());
        }
        assertEquals(-9.3, EventType.ASSAULT.score());
        assertEquals(7.6, EventType.RETREAT.score());
    }

    @Test
    void modesPerTypeFollowThePloverManual() {
        assertEquals(Set.of("visit", "third-party", "multilateral", "phone"), labels(EventType.CONSULT.modes()));
        assertEquals(Set.of("demo", "riot", "strike", "hunger", "boycott", "obstruct"), labels(EventType.PROTEST.modes()));
        assertEquals(EventType.REQUEST.modes(), EventType.REJECT.modes());
        assertTrue(EventType.ASSAULT.modes().containsAll(EnumSet.of(Mode.FIREARMS, Mode.HEAVY_WEAPONS, Mode.ASSASSINATE)));
        assertTrue(EventType.AGREE.modes().isEmpty());
        EnumSet<Mode> used = EnumSet.noneOf(Mode.class);
        Arrays.stream(EventType.values()).forEach(t -> used.addAll(t.modes()));
        assertEquals(EnumSet.allOf(Mode.class), used, "every mode belongs to some type");
    }

    @Test
    void labelsRoundTripAndUnknownLabelsFailClearly() {
        for (Mode mode : Mode.values()) {
            assertEquals(mode, Mode.ofLabel(mode.label()));
        }
        for (Context context : Context.values()) {
            assertEquals(context, Context.ofLabel(context.label()));
        }
        assertEquals(Mode.THIRD_PARTY, Mode.ofLabel("third-party"));
        assertEquals(Context.HUMAN_RIGHTS, Context.ofLabel("human_rights"));
        assertEquals(36, Context.values().length);
        assertEquals("Unknown PLOVER mode 'teleport'",
                assertThrows(IllegalArgumentException.class, () -> Mode.ofLabel("teleport")).getMessage());
        assertEquals("Unknown PLOVER event type 'GREET'",
                assertThrows(IllegalArgumentException.class, () -> EventType.ofName("GREET")).getMessage());
        assertEquals(QuadClass.MATERIAL_CONFLICT, QuadClass.ofNumber(4));
        assertThrows(IllegalArgumentException.class, () -> QuadClass.ofNumber(5));
    }

    @Test
    void consultAgreeAndCooperateAreSymmetric() {
        assertEquals(EnumSet.of(EventType.CONSULT, EventType.AGREE, EventType.COOPERATE),
                Arrays.stream(EventType.values()).filter(EventType::isSymmetric)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class))));
    }

    private static Set<String> labels(Set<Mode> modes) {
        return modes.stream().map(Mode::label).collect(Collectors.toSet());
    }
}
