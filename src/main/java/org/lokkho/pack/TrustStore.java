package org.lokkho.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Certificates this office trusts, from {@code <dataDir>/trust/} (*.pem, *.cer, *.crt; PEM or DER). A signer is
 * trusted when its certificate is one of them, or chains up to one through certificates carried in the signature.
 * The folder ships empty: the root of the Controller of Certifying Authorities (CCA) Bangladesh is not bundled.
 */
public final class TrustStore {
    private static final String NOTE = """
            Put the certificates of the authorities you trust here (*.pem, *.cer or *.crt, PEM or DER).
            For example the root certificate of the Controller of Certifying Authorities (CCA) Bangladesh and of the
            licensed CA that issued your offices' keys, or the self-signed certificate of a field office you accept.
            A package signed by a certificate that chains to one of these is shown as VALID and TRUSTED;
            otherwise an intact package is VALID but UNTRUSTED. This app ships none: download the CCA root
            from the CCA (cca.gov.bd) on a connected PC and copy it here.
            """;

    private final List<X509Certificate> anchors;

    public TrustStore(List<X509Certificate> anchors) {
        this.anchors = List.copyOf(anchors);
    }

    public static TrustStore empty() {
        return new TrustStore(List.of());
    }

    /** Loads every certificate in the folder; unreadable files are skipped. */
    public static TrustStore fromFolder(Path folder) {
        List<X509Certificate> certs = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new TrustStore(certs);
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (Path f : files) {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!(n.endsWith(".pem") || n.endsWith(".cer") || n.endsWith(".crt"))) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(f)) {
                    for (Certificate c : cf.generateCertificates(in)) {
                        certs.add((X509Certificate) c);
                    }
                } catch (IOException | GeneralSecurityException e) {
                    // a broken file must not stop verification; it simply trusts nothing
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            return new TrustStore(certs);
        }
        return new TrustStore(certs);
    }

    /** Makes the trust folder with its explanatory note if it does not exist yet. */
    public static void ensureFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path readme = folder.resolve("README.txt");
        if (!Files.exists(readme)) {
            Files.writeString(readme, NOTE, StandardCharsets.UTF_8);
        }
    }

    public List<X509Certificate> anchors() {
        return anchors;
    }

    /** @param intermediates other certificates found in the signature, used to build the chain */
    public boolean trusts(X509Certificate signer, List<X509Certificate> intermediates, Instant at) {
        for (X509Certificate a : anchors) {
            if (a.equals(signer)) {
                return true;
            }
        }
        if (anchors.isEmpty()) {
            return false;
        }
        try {
            Set<TrustAnchor> trustAnchors = new HashSet<>();
            for (X509Certificate a : anchors) {
                trustAnchors.add(new TrustAnchor(a, null));
            }
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters params = new PKIXBuilderParameters(trustAnchors, target);
            params.setRevocationEnabled(false); // offline: no CRL or OCSP reachable
            params.setDate(Date.from(at));
            List<X509Certificate> pool = new ArrayList<>(intermediates);
            pool.add(signer);
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            CertPathBuilder.getInstance("PKIX").build(params);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
