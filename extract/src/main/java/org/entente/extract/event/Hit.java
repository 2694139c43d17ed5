package org.entente.extract.event;

/**
 * A trigger found in a sentence: its form's span, the object word that licensed it, the entry,
 * and for a PETRARCH pattern its match (null for a lexicon row). Every later step of coding an
 * event reads the trigger's position from it.
 */
record Hit(int start, int formEnd, int object, Trigger trigger, PatternMatcher.Match match) {
    Hit(int start, int formEnd, int object, Trigger trigger) {
        this(start, formEnd, object, trigger, null);
    }

    int end() {
        return Math.max(formEnd, object + 1);
    }
}
