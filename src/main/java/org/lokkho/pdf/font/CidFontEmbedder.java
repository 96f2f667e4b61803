package org.lokkho.pdf.font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes one face of one PDF as a composite font: a TrueType subset (fontbox's {@link TTFSubsetter}) under a
 * Type0 font with Identity-H codes, where each code is a {@link SubsetCodes} entry — its glyph through
 * /CIDToGIDMap, its advance in /W, its text in /ToUnicode.
 *
 * <p>PDFBox's own {@code PDType0Font} cannot do this: it gives every glyph exactly one code and takes that code's
 * text from the font's cmap, which has nothing for conjunct glyphs and puts ি before ক.
 */
public final class CidFontEmbedder {
    /** The tables a PDF viewer needs (what PDFBox keeps), plus post: its glyph names let tests map glyphs back. */
    private static final List<String> TABLES =
            List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "post");
    private static final int BFCHAR_BLOCK = 100; // the CMap format's limit per begin/endbfchar
    private static final java.util.HexFormat HEX = java.util.HexFormat.of().withUpperCase();

    private CidFontEmbedder() {
    }

    /** Fills {@code type0} (already referenced from the pages' resources) with the font for these codes. */
    public static void embed(PDDocument doc, COSDictionary type0, SubsetCodes codes) throws IOException {
        FontFace face = codes.face();
        Subset subset;
        try {
            subset = face.withFont(ttf -> {
                try {
                    return subset(ttf, codes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        String baseName = subset.tag + "+" + subset.name;

        COSStream fontFile = stream(doc, subset.bytes);
        fontFile.setInt(COSName.LENGTH1, subset.bytes.length);

        COSDictionary descriptor = subset.descriptor;
        descriptor.setName(COSName.FONT_NAME, baseName);
        descriptor.setItem(COSName.FONT_FILE2, fontFile);

        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setString(COSName.REGISTRY, "Adobe");
        systemInfo.setString(COSName.ORDERING, "Identity");
        systemInfo.setInt(COSName.SUPPLEMENT, 0);

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, baseName);
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, 0);
        cidFont.setItem(COSName.W, widths(codes));
        cidFont.setItem(COSName.CID_TO_GID_MAP, stream(doc, cidToGid(codes, subset.oldToNew)));

        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, baseName);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, stream(doc, toUnicode(codes)));
    }

    private static Subset subset(TrueTypeFont ttf, SubsetCodes codes) throws IOException {
        TreeSet<Integer> glyphs = new TreeSet<>();
        glyphs.add(0);
        for (int c = 1; c < codes.size(); c++) {
            glyphs.add(codes.glyph(c));
        }
        TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
        subsetter.addGlyphIds(glyphs);
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        Map<Integer, Integer> oldToNew = new HashMap<>();
        newToOld.forEach((n, o) -> oldToNew.put(o, n));
        String tag = tag(newToOld.values());
        subsetter.setPrefix(tag);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return new Subset(out.toByteArray(), oldToNew, tag, ttf.getName(), descriptor(ttf));
    }

    /** The descriptor values PDFBox's TrueType embedder derives, from the same tables. */
    private static COSDictionary descriptor(TrueTypeFont ttf) throws IOException {
        HeaderTable head = ttf.getHeader();
        HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        float scale = 1000f / head.getUnitsPerEm();
        COSDictionary d = new COSDictionary();
        d.setItem(COSName.TYPE, COSName.FONT_DESC);
        d.setInt(COSName.FLAGS, 4); // symbolic: codes are not a standard encoding
        COSArray bbox = new COSArray();
        bbox.add(number(head.getXMin() * scale));
        bbox.add(number(head.getYMin() * scale));
        bbox.add(number(head.getXMax() * scale));
        bbox.add(number(head.getYMax() * scale));
        d.setItem(COSName.FONT_BBOX, bbox);
        d.setItem(COSName.ITALIC_ANGLE, number(ttf.getPostScript().getItalicAngle()));
        d.setItem(COSName.ASCENT, number(hhea.getAscender() * scale));
        d.setItem(COSName.DESCENT, number(hhea.getDescender() * scale));
        d.setItem(COSName.CAP_HEIGHT, number(os2.getCapHeight() * scale));
        d.setItem(COSName.XHEIGHT, number(os2.getHeight() * scale));
        d.setItem(COSName.STEM_V, number((head.getXMax() - head.getXMin()) * scale * .13f));
        d.setItem(COSName.FONT_WEIGHT, number(os2.getWeightClass()));
        return d;
    }

    /** /W as one run of consecutive codes: codes are handed out 1, 2, 3 … */
    private static COSArray widths(SubsetCodes codes) {
        COSArray list = new COSArray();
        for (int c = 1; c < codes.size(); c++) {
            list.add(COSInteger.get(codes.width(c)));
        }
        COSArray w = new COSArray();
        w.add(COSInteger.ONE);
        w.add(list);
        return w;
    }

    private static byte[] cidToGid(SubsetCodes codes, Map<Integer, Integer> oldToNew) {
        byte[] map = new byte[codes.size() * 2];
        for (int c = 1; c < codes.size(); c++) {
            int gid = oldToNew.getOrDefault(codes.glyph(c), 0);
            map[2 * c] = (byte) (gid >> 8);
            map[2 * c + 1] = (byte) gid;
        }
        return map;
    }

    private static byte[] toUnicode(SubsetCodes codes) {
        StringBuilder cmap = new StringBuilder(codes.size() * 24);
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Lokkho-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        // Every code is mapped, those inside a cluster to the empty string: a code missing from ToUnicode would
        // read as the code itself (PDFBox, pdf.js).
        for (int start = 1; start < codes.size(); start += BFCHAR_BLOCK) {
            int end = Math.min(codes.size(), start + BFCHAR_BLOCK);
            cmap.append(end - start).append(" beginbfchar\n");
            for (int c = start; c < end; c++) {
                cmap.append('<');
                hex4(cmap, c);
                cmap.append("> <");
                String text = codes.text(c);
                for (int i = 0; i < text.length(); i++) {
                    hex4(cmap, text.charAt(i));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void hex4(StringBuilder out, int v) {
        out.append(HEX.toHexDigits((short) v));
    }

    private static COSStream stream(PDDocument doc, byte[] bytes) throws IOException {
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(bytes);
        }
        return stream;
    }

    /** Six capital letters from the glyph set, so the same subset gets the same name (as PDFBox does). */
    private static String tag(Iterable<Integer> glyphs) {
        long hash = 1125899906842597L;
        for (int g : glyphs) {
            hash = 31 * hash + g;
        }
        StringBuilder tag = new StringBuilder(6);
        long h = hash & Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + h % 26));
            h /= 26;
        }
        return tag.toString();
    }

    private static COSFloat number(float v) {
        return new COSFloat(Math.round(v * 1000f) / 1000f);
    }

    private record Subset(byte[] bytes, Map<Integer, Integer> oldToNew, String tag, String name, COSDictionary descriptor) {
    }
}
