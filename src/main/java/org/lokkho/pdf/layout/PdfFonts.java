package org.lokkho.pdf.layout;

import java.io.IOException;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.lokkho.pdf.font.CidFontEmbedder;
import org.lokkho.pdf.font.FontFace;
import org.lokkho.pdf.font.SubsetCodes;
import org.lokkho.pdf.text.GlyphWriter;
import org.lokkho.pdf.text.RunCodes;
import org.lokkho.pdf.text.ShapedRun;

/**
 * The fonts of one PDF: each face used is one composite font whose codes stand for a glyph plus the text it reads
 * as ({@link SubsetCodes}), embedded as a subset when the document is finished ({@link #embedSubsets()}). Pages refer
 * to the font dictionary from the start; it is filled in at the end, when every glyph is known.
 */
public final class PdfFonts implements GlyphWriter.GlyphSink {
    private final PDDocument doc;
    private final Map<FontFace, COSDictionary> fonts = new EnumMap<>(FontFace.class);
    private final Map<FontFace, SubsetCodes> codes = new EnumMap<>(FontFace.class);
    private final Map<ShapedRun, RunCodes> runCodes = new IdentityHashMap<>();

    public PdfFonts(PDDocument doc) {
        this.doc = doc;
    }

    /** Adds the face's font to the resources (once) and returns its resource name. */
    public String resourceName(PDResources resources, FontFace face) {
        COSDictionary font = fonts.computeIfAbsent(face, f -> new COSDictionary());
        COSDictionary named = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (named == null) {
            named = new COSDictionary();
            resources.getCOSObject().setItem(COSName.FONT, named);
        }
        COSName existing = named.getKeyForValue(font);
        if (existing != null) {
            return existing.getName();
        }
        int n = named.size() + 1;
        COSName name = COSName.getPDFName("F" + n);
        while (named.containsKey(name)) {
            name = COSName.getPDFName("F" + ++n);
        }
        named.setItem(name, font);
        return name.getName();
    }

    @Override
    public RunCodes codes(ShapedRun run) {
        // Runs come from the shaper's cache, so the same instance recurs (লক্ষ্যমাত্রা, অর্জন, ১০০%): code it once.
        RunCodes known = runCodes.get(run);
        if (known == null) {
            known = RunCodes.of(run, codes(run.face()));
            runCodes.put(run, known);
        }
        return known;
    }

    /** Embeds every face used as a subset with its codes; call once, before saving. */
    public void embedSubsets() throws IOException {
        for (Map.Entry<FontFace, COSDictionary> e : fonts.entrySet()) {
            CidFontEmbedder.embed(doc, e.getValue(), codes(e.getKey()));
        }
    }

    private SubsetCodes codes(FontFace face) {
        return codes.computeIfAbsent(face, SubsetCodes::new);
    }
}
