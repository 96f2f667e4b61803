package org.lokkho.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.lokkho.pack.identity.KeyAlgorithm;
import org.lokkho.pack.identity.SelfSignedCertificates;
import org.lokkho.pack.identity.SigningIdentity;

/** Real PDFs, real keys and raw ZIP surgery for the package tests. */
final class PackTestSupport {
    static final String DOC_JSON = "{\"format\":\"lokkho-document\",\"formatVersion\":1,\"title\":\"NIS 2021-22 Q1\"}";

    private PackTestSupport() {
    }

    static byte[] pdf(int pages, String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 14);
                    cs.newLineAtOffset(72, 760);
                    cs.showText(text + " - page " + i);
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static SigningIdentity identity(String name) {
        return SelfSignedCertificates.create(new SelfSignedCertificates.Subject(name, "Upazila Nirbahi Officer", "UNO Office, Savar"),
                KeyAlgorithm.ECDSA_P256, 365);
    }

    static PackageRequest request(SigningIdentity id, List<Path> evidence) throws IOException {
        return new PackageRequest("42", "UNO Office, Savar", DOC_JSON.getBytes(StandardCharsets.UTF_8),
                pdf(2, "National Integrity Strategy monitoring report"), pdf(1, "Forwarding letter"), evidence, id);
    }

    static Path evidence(Path dir, String name, int size) throws IOException {
        Path f = dir.resolve(name);
        byte[] data = new byte[size];
        new java.util.Random(name.hashCode()).nextBytes(data);
        Files.write(f, data);
        return f;
    }

    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                try (InputStream in = z.getInputStream(e)) {
                    out.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    static Path rezip(Map<String, byte[]> entries, Path target) throws IOException {
        try (OutputStream f = Files.newOutputStream(target); ZipOutputStream z = new ZipOutputStream(f)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return target;
    }

    static byte[] flip(byte[] data, int index) {
        byte[] copy = data.clone();
        copy[index] ^= 0x01;
        return copy;
    }
}
