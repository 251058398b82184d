package org.softkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads back the HTML view: parsed with jsoup, its embedded JSON with Jena's JSON parser. */
final class HtmlViews {

    private HtmlViews() {
    }

    static Document page(Path html) throws IOException {
        return Jsoup.parse(html.toFile(), "UTF-8");
    }

    static JsonObject data(Path html) throws IOException {
        Element script = page(html).getElementById("softkg-data");
        if (script == null) {
            throw new AssertionError("no #softkg-data script in " + html);
        }
        return JSON.parse(script.data());
    }
}
