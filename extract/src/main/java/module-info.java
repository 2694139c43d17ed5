/**
 * Entente's extractor: turns a news article (plain text or HTML) into coded diplomatic events,
 * actors, places, dates and tags. The API is {@link org.entente.extract.Extractor}; the stages
 * behind it ({@code text}, {@code syntax}, {@code actor}, {@code event}, {@code assemble}) run through the
 * {@code pipeline} contract and are exported so that a pipeline can be extended; the knowledge
 * loader ({@code internal}) is not.
 *
 * @since 0.1
 */
@SuppressWarnings("requires-automatic") // OpenNLP ships as an automatic module (Automatic-Module-Name)
module org.entente.extract {
    requires transitive org.entente.model;
    requires org.jsoup;
    requires org.apache.opennlp.tools;
    requires static jakarta.json.bind;

    exports org.entente.extract;
    // The pipeline contract and the stages with the layers they add, so that users can add or
    // replace a stage; the knowledge loader stays internal.
    exports org.entente.extract.pipeline;
    exports org.entente.extract.text;
    exports org.entente.extract.syntax;
    exports org.entente.extract.actor;
    exports org.entente.extract.event;
    exports org.entente.extract.assemble;
}
