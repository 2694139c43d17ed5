package org.entente.extract.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.entente.extract.syntax.Clause.Kind;
import org.junit.jupiter.api.Test;

/** Main, relative, subordinate, quoted and reported clauses, and how they nest. */
class ClauseFinderTest {

    @Test
    void aRelativeClauseEndsAtItsComma() {
        SyntaxFixture x = SyntaxFixture.read("The border post, which Chilean troops built last year, was closed.");
        Clause relative = x.first(Kind.RELATIVE);
        assertEquals("which Chilean troops built last year", x.text(relative.start(), relative.end()));
        assertEquals("built", x.word(relative.verb()));
        assertEquals("closed", x.word(x.clause().verb()));
    }

    @Test
    void aRestrictiveRelativeClauseEndsWhereTheSentencesVerbBegins() {
        SyntaxFixture x = SyntaxFixture.read("The commission that monitors the truce will meet in Lima on Friday.");
        Clause relative = x.first(Kind.RELATIVE);
        assertEquals("that monitors the truce", x.text(relative.start(), relative.end()));
        assertEquals("meet", x.word(x.clause().verb()));
    }

    @Test
    void aSubordinatingWordWithAVerbOpensAClause() {
        SyntaxFixture x = SyntaxFixture.read("After the talks collapsed, Bolivia recalled its envoy.");
        Clause after = x.first(Kind.SUBORDINATE);
        assertEquals("After the talks collapsed", x.text(after.start(), after.end()));
        assertEquals("recalled", x.word(x.clause().verb()));
        Clause condition = SyntaxFixture.read("Peru will retaliate if the ships return.").first(Kind.SUBORDINATE);
        assertEquals(3, condition.marker());
    }

    @Test
    void aPrepositionWithoutAVerbOpensNone() {
        assertFalse(SyntaxFixture.read("After the talks, Bolivia recalled its envoy.").has(Kind.SUBORDINATE));
    }

    @Test
    void aQuotationIsAClauseAndItsSpeakerTheMainVerb() {
        SyntaxFixture x = SyntaxFixture.read("\"We will defend our waters,\" the navy chief said.");
        Clause quote = x.first(Kind.QUOTED);
        assertEquals("defend", x.word(quote.verb()));
        assertEquals(0, quote.marker());
        assertEquals("said", x.word(x.clause().verb()));
        assertFalse(x.has(Kind.REPORTED));
    }

    @Test
    void thatAfterASpeechVerbOpensTheReportedClause() {
        SyntaxFixture x = SyntaxFixture.read("The ministry said on Friday that Lima had expelled two diplomats.");
        Clause reported = x.first(Kind.REPORTED);
        assertEquals("that Lima had expelled two diplomats", x.text(reported.start(), reported.end()));
        assertEquals("expelled", x.word(reported.verb()));
        assertEquals("said", x.word(x.clause().verb()));
    }

    @Test
    void aSubjectAndVerbRightAfterASpeechVerbAreReportedWithoutThat() {
        SyntaxFixture x = SyntaxFixture.read("The ministry said Lima had expelled two diplomats.");
        Clause reported = x.first(Kind.REPORTED);
        assertEquals("Lima had expelled two diplomats", x.text(reported.start(), reported.end()));
        assertEquals(-1, reported.marker());
    }

    @Test
    void aClosingSpeakerReportsAllBeforeTheComma() {
        SyntaxFixture x = SyntaxFixture.read("Lima had expelled two diplomats, the ministry said.");
        Clause reported = x.first(Kind.REPORTED);
        assertEquals("Lima had expelled two diplomats", x.text(reported.start(), reported.end()));
        assertEquals("said", x.word(x.clause().verb()));
    }

    @Test
    void aReportedClauseNestsInTheRelativeClauseThatHoldsIt() {
        SyntaxFixture x = SyntaxFixture.read("Quito, which says that the river belongs to Ecuador, rejected the ruling.");
        Clause relative = x.first(Kind.RELATIVE);
        assertEquals(Kind.REPORTED, relative.children().get(0).kind());
        assertEquals("which says that the river belongs to Ecuador", x.text(relative.start(), relative.end()));
        assertEquals("rejected", x.word(x.clause().verb()));
        assertEquals(relative.children().get(0), x.clause().innermostAt(x.at("river")));
    }
}
