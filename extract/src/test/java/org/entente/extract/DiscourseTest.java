package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.model.actor.Actor;
import org.entente.model.plover.EventType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Roles that a sentence names only through its objects, its neighbours or the story so far, on
 * sentences written for these tests: each case is "text | type | source countries | target countries".
 */
class DiscourseTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 6, 10);
    private static Extractor extractor;

    @BeforeAll
    static void build() {
        extractor = Extractor.standard();
    }

    private static List<Event> events(String text) {
        return extractor.extract(Article.of("test", text).withPublished(PUBLISHED)).events();
    }

    private static String keys(List<Actor> actors) {
        return actors.stream().map(a -> a.country() != null ? a.country() : a.organization()).filter(Objects::nonNull)
                .distinct().sorted().collect(Collectors.joining("+"));
    }

    private static void assertCoded(String text, EventType type, String source, String target) {
        List<Event> events = events(text);
        Set<String> coded = events.stream().map(e -> e.type() + " " + keys(e.source()) + " -> " + keys(e.target()))
                .collect(Collectors.toSet());
        String expected = type + " " + source + " -> " + (target == null ? "" : target);
        assertTrue(coded.contains(expected), text + "\nexpected " + expected + " among " + coded);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ghana summoned Togo's ambassador on Monday.                                    | ACCUSE    | GHA     | TGO
            Thai jets struck Cambodian positions near the border.                          | ASSAULT   | THA     | KHM
            Bolivia demanded that Santiago withdraw its troops.                            | REQUEST   | BOL     | CHL
            Israeli aircraft struck targets in southern Lebanon overnight.                 | ASSAULT   | ISR     | LBN
            Hungary closed all its road crossings with Serbia on Monday.                   | SANCTION  | HUN     | SRB
            Norway and Sweden exchanged prisoners in a swap brokered by Finland.           | COOPERATE | NOR+SWE |
            The Chilean and Peruvian navies will hold joint drills next month.             | COOPERATE | CHL+PER |
            Palestinians blamed Israel for the blast.                                      | ACCUSE    | PSE     | ISR
            About 300 people rallied outside the Kenyan embassy in Kampala on Friday.      | PROTEST   | UGA     | KEN
            Thousands of students marched in Lima to demand reforms.                       | PROTEST   | PER     | PER
            Bolivian and Chilean troops traded fire across the border on Sunday night.     | ASSAULT   | BOL+CHL |
            The Danish and Dutch navies will hold a joint patrol in the North Sea.         | COOPERATE | DNK+NLD |
            About 800 Rwandan soldiers landed in Bangui on Friday.                         | MOBILIZE  | RWA     | CAF
            Outside the Turkish embassy in Athens, about 300 students rallied on Friday.  | PROTEST   | GRC     | TUR
            Crowds marched in Dakar, chanting slogans against Mali and Guinea.            | PROTEST   | SEN     | GIN+MLI
            Kenya flew 30 tonnes of food and medicine to Juba on Sunday.                  | AID       | KEN     | SSD
            The gang's commander was captured by Colombian police in Cali.             | COERCE    | COL     | COL
            Greece's army press office accused Turkey of staging provocations.           | ACCUSE    | GRC     | TUR
            Chile lodged a complaint with Peru over the detention of its fishermen.       | ACCUSE    | CHL     | PER
            Kenya's foreign ministry said Somali shelling had hit a Kenyan army base.    | ASSAULT   | SOM     | KEN
            Japan announced on Friday 20 million dollars in humanitarian aid for Haiti.   | AID       | JPN     | HTI
            Chilean troops were deployed near the Bolivian border on Monday.             | MOBILIZE  | CHL     | BOL
            Ugandan soldiers were pulled back from the frontier with Kenya.               | RETREAT   | UGA     | KEN
            Peru's navy said Ecuadorian gunboats had fired on its patrol vessel.          | ASSAULT   | ECU     | PER
            Ghana will withdraw its troops from Togolese territory within a month.        | RETREAT   | GHA     | TGO
            Turkish and Armenian special envoys met in Kars on Monday.                    | CONSULT   | ARM+TUR |
            Peru imposed sanctions on Chilean banks, a move Santiago condemned as bullying. | ACCUSE  | CHL     | PER
            Kenya's foreign ministry said Somali shelling had hit a Kenyan army base.      | ACCUSE    | KEN     | SOM
            Peru lodged "stern representations" with Santiago over the detention.        | ACCUSE    | PER     | CHL
            ECOWAS leaders urged Niamey to reopen the border.                            | REQUEST   | ECOWAS  | NER
            President Kagame accused Congo of shelling Rwandan villages.                  | ACCUSE    | RWA     | COD
            Brussels urged Serbia to align its foreign policy with the bloc.             | REQUEST   | EU      | SRB
            A Sudanese drone struck a fuel depot in Chad on Saturday. Chad lodged a complaint with the African Union. | ACCUSE | TCD | SDN
            Peru pulled its troops back from Chilean territory on Monday.                 | RETREAT   | PER     | CHL
            Chile and Bolivia agreed to a ceasefire brokered by Brazil and Peru.         | CONSULT   | BRA+PER | BOL+CHL
            AU chair Ana Silva invited Egypt to talks in Addis Ababa.                     | AGREE     | AU      | EGY
            Iran warned Azerbaijan on Monday. The Revolutionary Guards announced that they would hold drills along the border with Azerbaijan. | MOBILIZE | IRN | AZE
            Chad did not sign the letter. Its foreign ministry instead urged Sudan to share the figures. | REQUEST | TCD | SDN
            Foreign Minister Lavrov met his Chinese counterpart in Beijing.              | CONSULT   | RUS     | CHN
            Egypt, Ethiopia and Sudan met in Cairo on Monday. The AU chair invited the three countries to talks in Addis Ababa. | AGREE | AU | EGY+ETH+SDN
            ECOWAS heads of state urged Niamey to reopen the border.                     | REQUEST   | ECOWAS  | NER
            Niger's leader warned that his forces would respond to any attack launched from Nigerian soil. | THREATEN | NER | NGA
            Despite Chile's appeals, Peru rejected any talks with Santiago, calling the Chilean government a "hostile regime". | ACCUSE | PER | CHL
            Chilean and Peruvian navies shared tracking data on the smugglers, the two governments said, using a system they built with Brazil. | COOPERATE | CHL+PER |
            Peru's army said Ecuadorian troops had opened heavy fire on forward posts.     | ASSAULT   | ECU     | PER
            Peru's army said Ecuadorian troops had opened heavy fire on forward posts.     | ACCUSE    | PER     | ECU
            Chad protested. Government spokesman Ali Mahamat accused Sudan of lying.      | ACCUSE    | TCD     | SDN
            Chad's government spokesman, Ali Mahamat, accused Sudan of spying.           | ACCUSE    | TCD     | SDN
            Peru pulled most of its gunboats back from waters near Ecuador on Sunday.    | RETREAT   | PER     | ECU
            Officials said Brazil could still penalise Chilean banks that ignored the ban. | SANCTION | BRA     | CHL
            Last month the Treasury sanctioned two Venezuelan oil traders.               | SANCTION  | USA     | VEN
            The Treasury sanctioned Cuban shipping firms, and it warned Venezuela of further steps. | THREATEN | USA | VEN
            Chile fired a missile into the sea on Monday. Peru's envoy called the launch "a grave breach" of the accord. | ACCUSE | PER | CHL
            Chile fired a missile on Monday. In Lima, a foreign ministry spokesman, Juan Soto, called the launch a provocation. | ACCUSE | PER | CHL
            Peru fired a rocket on Monday. Chile condemned the launch. Presidential spokeswoman Ana Rojas said the army had raised its alert level. | MOBILIZE | CHL | PER
            Brazil and Argentina have blocked the plan since they vetoed a Chilean-drafted resolution in May. | REJECT | ARG+BRA | CHL
            Spokesman Li Wei of China said Manila had no right to interfere in disputes between Vietnam and Malaysia and accused Manila of provocations. | ACCUSE | CHN | PHL
            A Peruvian patrol boat fired its water cannon at a Chilean trawler on Friday.  | COERCE    | PER     | CHL
            Brazil backed Chile's plan. Bolivia's president called for the crossings to be reopened and said his hand remained open to Chile. | REQUEST | BOL | CHL
            Chile issued a warning to Bolivia on Monday. Bolivia's president called for calm, according to a statement from Peru. | REQUEST | BOL | CHL
            Officials in Lima have not ruled out drone strikes against rebel camps inside Bolivia. | ASSAULT | PER | BOL
            Peru said rebels in eastern Bolivia had attacked a border post.               | ASSAULT   | BOL     | PER
            Peru hosted talks between Chile and Bolivia on Tuesday, a day after Brazilian troops arrived in La Paz in a deployment that Santiago has long opposed. | ACCUSE | CHL | BRA
            Peru's foreign minister said on Monday that Chile had no right to interfere in the talks. | REJECT | PER | CHL
            Spokesman Li Wei of China said Manila had "no right to interfere" in the dispute.  | REJECT    | CHN     | PHL
            The army chiefs of Ghana and Togo spoke over their hotline on Tuesday.         | CONSULT   | GHA+TGO |
            The commanders of Chile and Peru spoke over their hotline and agreed to observe the ceasefire. | AGREE | CHL+PER |
            Ghana and Togo will set up a joint police task force against smuggling.        | COOPERATE | GHA+TGO |
            Pyongyang said the launch was a clear warning to Seoul.                        | THREATEN  | PRK     | KOR
            China's coast guard rammed a Philippine vessel on Monday. Chinese ships blocked a Philippine supply boat on Tuesday. A Chinese spokesman said Washington had no right to interfere. China said it had sent more warships on patrols around the shoal. | MOBILIZE | CHN | PHL
            Qatar's emir launched a mediation effort between the Emirates and Saudi Arabia. | CONSULT  | QAT     | ARE+SAU
            Seven opposition parties in Nepal organized a general strike on Monday.        | PROTEST   | NPL     | NPL
            Iran has been pressuring Iraq to expel the militants.                          | REQUEST   | IRN     | IRQ
            Oman seized a Liberian-flagged tanker in the Gulf on Friday.                   | COERCE    | OMN     | LBR
            Slovakia blocked the EU's new sanctions package against Iran on Monday.        | REJECT    | SVK     | EU
            Burkina Faso's junta ordered the French ambassador to leave within 48 hours.   | SANCTION  | BFA     | FRA
            Belarus froze its participation in the regional security pact.               | SANCTION  | BLR     |
            Iraq retaliated with air strikes on rebel hideouts in Syria.                   | ASSAULT   | IRQ     | SYR
            Malaysia protested China's deployment of a survey ship off Sarawak.            | ACCUSE    | MYS     | CHN
            Mali's junta revoked a defence agreement with France on Friday.                | SANCTION  | MLI     | FRA
            Spain extradited a Chinese businessman to the United States on Tuesday.        | COOPERATE | ESP     | USA
            France pledged to send more air-defence systems to Ukraine.                    | AGREE     | FRA     | UKR
            The Philippines detected 12 Chinese warships near Palawan on Sunday.           | MOBILIZE  | CHN     | PHL
            Al-Shabaab claimed responsibility for an attack on a Kenyan army base.         | ASSAULT   | SOM     | KEN
            Thai and Cambodian soldiers clashed near the disputed temple on Monday.        | ASSAULT   | KHM+THA |
            Syria filed a complaint with the UN Security Council against Turkey.          | ACCUSE    | SYR     | TUR
            Qatar's emir received the Iranian foreign minister in Doha on Sunday.          | CONSULT   | QAT     | IRN
            The Ukrainian army shot down 40 Russian drones overnight, the air force said.  | ASSAULT   | UKR     | RUS
            Russian soldiers crossed the border into Estonia on Friday.                    | MOBILIZE  | RUS     | EST
            Vietnamese ships blocked a Chinese resupply mission near the reef.             | COERCE    | VNM     | CHN
            Qatar brokered a truce between Chad and Sudan on Sunday.                       | CONSULT   | QAT     | SDN+TCD
            Brazil's president gave a warm welcome to Argentina's president on Thursday.   | CONSULT   | BRA     | ARG
            Ethnic Armenian rebels have sworn to fight the Azerbaijani army.               | THREATEN  | ARM     | AZE
            """)
    void rolesFromTheSentence(String text, EventType type, String source, String target) {
        assertCoded(text.strip(), type, source.strip(), target == null ? null : target.strip());
    }

    @Test
    void aReplyGoesToWhoeverMadeTheClaim() {
        assertCoded("Estonia accused Latvia of hiding the report on Tuesday. Latvia rejected the accusation.",
                EventType.REJECT, "LVA", "EST");
    }

    @Test
    void aDenouncedLaunchGoesToWhoeverTheTextToldLaunching() {
        assertCoded("Iran fired a missile at Iraq on Monday. Kuwait also denounced the launch.",
                EventType.ACCUSE, "KWT", "IRN");
    }

    @Test
    void aWarningWithNoOneNamedIsAimedAtTheOtherSideOfTheDispute() {
        assertCoded("Portugal accused Spain of blocking the river on Monday. "
                + "On Tuesday, Madrid warned that it could retaliate.", EventType.THREATEN, "ESP", "PRT");
    }

    @Test
    void aSubjectWithNoLeadsAPassiveDenial() {
        List<Event> events = events("No Chilean troops will be deployed in Bolivia.");
        assertTrue(events.stream().anyMatch(e -> e.type() == EventType.MOBILIZE
                && e.modality() == org.entente.model.Modality.NEGATED), events.toString());
    }

    @Test
    void itAfterAnEventNounIsThatEvent() {
        assertCoded("Iran fired a missile at Iraq on Monday. Kuwait's emir said the launch was reckless and that "
                + "his government condemned it.", EventType.ACCUSE, "KWT", "IRN");
    }

    @Test
    void anUnplacedGroupInReportedSpeechIsTheSpeakers() {
        assertCoded("Chile's defence minister said the army had raised its readiness along the Bolivian border.",
                EventType.MOBILIZE, "CHL", "BOL");
    }

    @Test
    void aMissileLaunchAimedAtNobodyIsAShowOfForce() {
        assertCoded("Iran fired a ballistic missile into Omani waters on Tuesday.", EventType.MOBILIZE, "IRN", "OMN");
        assertCoded("Iran fired missiles at Iraqi bases on Tuesday.", EventType.ASSAULT, "IRN", "IRQ");
    }

    @Test
    void aLaunchToldWithAnotherWordOfTheSameEntryIsStillTheLaunch() {
        assertCoded("Iran fired a missile into the Gulf on Monday. Kuwait also denounced the launch.",
                EventType.ACCUSE, "KWT", "IRN");
    }

    @Test
    void unitsMovedWithNoOneNamedFaceTheSourcesLatestAdversary() {
        assertCoded("Greece accused Turkey of violating its airspace on Monday. "
                + "Turkey's defence ministry said it had moved additional units towards the coast.", EventType.MOBILIZE, "TUR", "GRC");
    }

    @Test
    void aParentheticalSpeakerIsNoSideOfTheEvent() {
        List<Event> events = events("Chilean and Argentine forces shared radar data on the aircraft, the two governments said.");
        Event shared = events.stream().filter(e -> e.type() == EventType.COOPERATE).findFirst().orElseThrow();
        assertEquals("ARG+CHL", keys(shared.source()));
        assertTrue(shared.target().isEmpty(), shared.toString());
    }

    @Test
    void aHostOrBrokerNamedAfterByMeetsThePartiesItServed() {
        assertCoded("Chile and Peru released 40 detainees each on Monday in a swap brokered by Brazil.",
                EventType.CONSULT, "BRA", "CHL+PER");
        assertCoded("Ghana and Togo signed a border treaty in Abuja on Monday. The ceremony was hosted by Nigeria's president.",
                EventType.CONSULT, "NGA", "GHA+TGO");
    }

    @Test
    void aDenunciationThatSaysWhatAProtestIsAgainstIsNoAccusationOfItsOwn() {
        String text = "Hundreds of people marched through Nairobi on Friday, denouncing what they called Ugandan interference.";
        assertCoded(text, EventType.PROTEST, "KEN", "UGA");
        assertTrue(events(text).stream().noneMatch(e -> e.type() == EventType.ACCUSE), events(text).toString());
    }

    @Test
    void aTopicAfterOnIsNoParticipant() {
        String text = "Kenyan leaders gathered in Nairobi on Monday for a summit on relations with Uganda and Tanzania.";
        assertTrue(events(text).stream().noneMatch(e -> keys(e.target()).contains("UGA")), events(text).toString());
    }

    @Test
    void withPetrarchVerbsAProtestsDenunciationStillCodesTheProtestOnly() throws Exception {
        java.nio.file.Path verbs = java.nio.file.Path.of(System.getProperty("entente.shared", "../../shared"),
                "reference", "petrarch", "CAMEO.2.0.txt");
        Extractor petrarch = Extractor.of(Knowledge.standard().withoutBundledTriggers().withPetrarchVerbs(verbs));
        List<Event> events = petrarch.extract(Article.of("test",
                "Hundreds of people marched through Nairobi on Friday, denouncing what they called Ugandan interference.")
                .withPublished(PUBLISHED)).events();
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.ACCUSE), events.toString());
    }

    @Test
    void aMonthIsNoMarch() {
        String text = "Colombian police arrested the smuggler in Cali in March.";
        assertTrue(events(text).stream().noneMatch(e -> e.type() == EventType.PROTEST), events(text).toString());
    }

    @Test
    void anOfficialInAppositionActsForTheOrganisation() {
        List<Event> met = events("On Tuesday, the African Union's special envoy on Sudan, former Kenyan diplomat Joseph Otieno, "
                + "met Chad's foreign minister in N'Djamena.");
        Event consult = met.stream().filter(e -> e.type() == EventType.CONSULT).findFirst().orElseThrow();
        assertEquals("AU", consult.source().get(0).organization(), consult.toString());
        assertEquals("TCD", consult.target().get(0).country());
    }

    @Test
    void theCouncilIsTheOrganisationTheTextNamedWithThatWord() {
        assertCoded("The UN Security Council met on Monday. On Tuesday, Chile and Peru asked for an emergency meeting "
                + "of the council.", EventType.REQUEST, "CHL+PER", "UNSC");
    }

    /** Published on Wednesday 10 June 2026: each case is "text | type | the event's date". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ghana recalled its ambassador to Togo on Tuesday, a day after Togo expelled two Ghanaian diplomats.     | SANCTION | 2026-06-08
            Peru accused Ecuador of spying on Monday. Later that night Ecuadorian troops were deployed near the Peruvian border. | MOBILIZE | 2026-06-08
            Chile's foreign minister met Peru's ambassador on Monday. The same day, Bolivian troops were deployed near the Chilean border. | MOBILIZE | 2026-06-08
            Chile accused Peru of spying on Monday. Peru rejected the accusation two days later.                     | REJECT   | 2026-06-10
            Peru accused Ecuador of spying on Monday. The statement followed weeks of tension. Ecuador rejected the accusation. | REJECT | 2026-06-08
            Chile said it would close its border with Peru from Friday.                                             | SANCTION | 2026-06-12
            Chile's envoy is due in Lima on Friday for talks with Peruvian officials.                                | CONSULT  | 2026-06-12
            Chile gave a cool reception on Monday to the treaty that Bolivia and Peru signed a day earlier, with Santiago accusing Lima of bad faith. | ACCUSE | 2026-06-08
            """)
    void datesCountedFromTheStory(String text, EventType type, LocalDate date) {
        List<Event> events = events(text);
        assertTrue(events.stream().anyMatch(e -> e.type() == type && date.equals(e.date())), text + "\n" + events);
    }

    @Test
    void aQuotationOpenedInTheSentenceBeforeEndsAtItsClosingMark() {
        assertCoded("Peru's interior minister, Ana Torres, spoke on Monday. \"This was no accident. This was a provocation,\" Torres told reporters, accusing Chile of espionage.", EventType.ACCUSE, "PER", "CHL");
    }

    @Test
    void aPrepositionIsNoParticleToSplitFromItsVerb() {
        List<Event> events = events("Chile called the deal an attack on its sovereignty.");
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.REQUEST), events.toString());
    }

    @Test
    void aMaterialActToldInThePresentWithNoDateIsAStateOfAffairs() {
        List<Event> events = events("Niger closed its border with Nigeria on Monday. Nigeria supplies much of Niger's electricity.");
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.COOPERATE), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.type() == EventType.SANCTION), events.toString());
    }

    @Test
    void anAdverbIsNoVerbOfTheSameSpelling() {
        List<Event> events = events("Bolivia's president said he wanted to get relations back on track with Chile.");
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.SUPPORT), events.toString());
    }

    @Test
    void aCountryReportingItsOwnStrikesAccusesNoOne() {
        List<Event> events = events("Myanmar's military said it had bombed rebel positions near the Thai border.");
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.ACCUSE), events.toString());
    }

    @Test
    void aSentenceWithNoDateOfItsOwnGoesOnWithTheDayBefore() {
        List<Event> events = events("Peru accused Ecuador of spying on Tuesday. Ecuador rejected the accusation.");
        Event reply = events.stream().filter(e -> e.type() == EventType.REJECT).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 6, 9), reply.date());
    }
}
