/**
 * Entente's extractor: turns a news article (plain text or HTML) into coded diplomatic events,
 * actors, places, dates and tags. The API is {@link org.entente.extract.Extractor}; the stages
 * behind it are internal.
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
}
