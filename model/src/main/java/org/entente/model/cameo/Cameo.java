package org.entente.model.cameo;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.model.internal.TabularResource;
import org.entente.model.plover.Context;
import org.entente.model.plover.EventType;
import org.entente.model.plover.Mode;

/**
 * The CAMEO codebook: look-up by code, and the mapping between CAMEO codes and PLOVER codings in
 * both directions. Loaded once from the module's bundled {@code cameo-codes.tsv}; thread-safe.
 *
 * <pre>{@code
 * CameoCode meet = Cameo.code("036");          // Express intent to meet or negotiate, +4.0
 * EventType type = meet.plover().type();        // AGREE
 * CameoCode visit = Cameo.defaultCode(EventType.CONSULT, Mode.VISIT);   // 042
 * }</pre>
 *
 * @since 0.1
 */
public final class Cameo {
    private static final Map<String, CameoCode> CODES = load();
    private static final Map<EventType, List<CameoCode>> OFFICIAL_BY_TYPE = indexOfficialByType();

    private Cameo() {
    }

    /** Every code, in codebook order (root codes before their children). */
    public static Collection<CameoCode> codes() {
        return CODES.values();
    }

    /** The code {@code code}, if the codebook has it. */
    public static Optional<CameoCode> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(CODES.get(code.strip()));
    }

    /**
     * The code {@code code}.
     *
     * @throws IllegalArgumentException if the codebook has no such code
     */
    public static CameoCode code(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown CAMEO code '" + code + "'"));
    }

    /** Whether the codebook has the code {@code code}. */
    public static boolean isKnown(String code) {
        return find(code).isPresent();
    }

    /**
     * The default CAMEO code for a PLOVER type and mode: the most general code PLOVER's own table
     * maps to that type and mode. Same as {@code codeFor(type, mode, Set.of())}.
     */
    public static CameoCode defaultCode(EventType type, Mode mode) {
        return codeFor(type, mode, Set.of());
    }

    /**
     * The CAMEO code that best fits a PLOVER coding, among the codes PLOVER's table maps to
     * {@code type}: those with the same mode (or no mode, when {@code mode} is null or no code of
     * the type has it); among them the one with the most contexts in common, then CAMEO's general
     * "x0" code of a root, then the fewest contexts not asked for, then the shortest and lowest.
     *
     * @param type     the PLOVER type; required
     * @param mode     the mode, or null
     * @param contexts the contexts; may be empty
     * @return a code whose PLOVER type is {@code type}
     */
    public static CameoCode codeFor(EventType type, Mode mode, Collection<Context> contexts) {
        Objects.requireNonNull(type, "type");
        Set<Context> wanted = contexts == null ? Set.of() : Set.copyOf(contexts);
        List<CameoCode> candidates = OFFICIAL_BY_TYPE.get(type);
        List<CameoCode> sameMode = candidates.stream().filter(c -> c.plover().mode() == mode).toList();
        if (sameMode.isEmpty()) {
            sameMode = candidates.stream().filter(c -> c.plover().mode() == null).toList();
        }
        if (sameMode.isEmpty()) {
            sameMode = candidates;
        }
        Comparator<CameoCode> fit = Comparator
                .comparingLong((CameoCode c) -> -c.plover().contexts().stream().filter(wanted::contains).count())
                .thenComparing(c -> !isResidual(c))
                .thenComparingLong(c -> c.plover().contexts().stream().filter(x -> !wanted.contains(x)).count())
                .thenComparingInt(c -> c.code().length())
                .thenComparing(CameoCode::code);
        return sameMode.stream().min(fit).orElseThrow();
    }

    /** CAMEO's "not otherwise specified" codes, 030, 040, ... 200: the general code of each root. */
    private static boolean isResidual(CameoCode code) {
        return code.code().length() == 3 && code.code().endsWith("0");
    }

    /** {@link #codeFor(EventType, Mode, Collection)} for a whole coding. */
    public static CameoCode codeFor(PloverCoding coding) {
        Objects.requireNonNull(coding, "coding");
        return codeFor(coding.type(), coding.mode(), coding.contexts());
    }

    private static Map<String, CameoCode> load() {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        for (String[] row : TabularResource.read(Cameo.class, "cameo-codes.tsv", 7)) {
            PloverCoding coding = row[3].isEmpty() ? null : new PloverCoding(
                    EventType.ofName(row[3]),
                    row[4].isEmpty() ? null : Mode.ofLabel(row[4]),
                    TabularResource.split(row[5], ';').stream().map(Context::ofLabel).toList(),
                    row[6].equals("inferred"));
            CameoCode code = new CameoCode(row[0], row[1], Double.parseDouble(row[2]), coding);
            if (codes.put(code.code(), code) != null) {
                throw new IllegalStateException("Duplicate CAMEO code " + code.code() + " in cameo-codes.tsv");
            }
        }
        return Collections.unmodifiableMap(codes);
    }

    private static Map<EventType, List<CameoCode>> indexOfficialByType() {
        Map<EventType, List<CameoCode>> index = new EnumMap<>(EventType.class);
        index.putAll(CODES.values().stream()
                .filter(c -> c.plover() != null && !c.plover().inferred())
                .collect(Collectors.groupingBy(c -> c.plover().type(), Collectors.toUnmodifiableList())));
        for (EventType type : EventType.values()) {
            if (!index.containsKey(type)) {
                throw new IllegalStateException("cameo-codes.tsv maps no CAMEO code to " + type);
            }
        }
        return index;
    }
}
