package org.lokkho.pack.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pack.Manifest;

/**
 * A mailto: link that opens the officer's mail program with subject and body filled in (a mailto link cannot attach
 * the file; the body says which file to attach). Warns when the package is over what mail servers commonly accept.
 */
public record MailDraft(URI uri, long sizeBytes, String warning) {
    public static final long MAIL_LIMIT_BYTES = 20L * 1024 * 1024;

    public boolean tooLarge() {
        return sizeBytes > MAIL_LIMIT_BYTES;
    }

    public static MailDraft of(String to, Path pkg, Manifest manifest, Messages messages) throws IOException {
        long size = Files.size(pkg);
        String fingerprint = Manifest.shortFingerprint(manifest.fingerprint());
        String subject = messages.get("pack.mail.subject", manifest.senderOffice(), fingerprint);
        String body = messages.get("pack.mail.body", pkg.getFileName(), fingerprint);
        String uri = "mailto:" + encode(to == null ? "" : to).replace("%40", "@")
                + "?subject=" + encode(subject) + "&body=" + encode(body);
        String warning = size > MAIL_LIMIT_BYTES
                ? messages.get("pack.delivery.tooLargeForMail", messages.digits(String.format(java.util.Locale.ROOT, "%.1f", size / 1048576.0)))
                : null;
        return new MailDraft(URI.create(uri), size, warning);
    }

    /** RFC 6068 wants UTF-8 percent-encoding with %20 for spaces, not the form-encoding '+'. */
    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
