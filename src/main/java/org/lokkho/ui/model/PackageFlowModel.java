package org.lokkho.ui.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lokkho.app.AppException;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pack.Manifest;
import org.lokkho.pack.PackageException;
import org.lokkho.pack.PackageFormat;
import org.lokkho.pack.PackageRequest;
import org.lokkho.pack.PackageSource;
import org.lokkho.pack.PackageVerifier;
import org.lokkho.pack.TrustStore;
import org.lokkho.pack.VerificationResult;
import org.lokkho.pack.PackageWriter;
import org.lokkho.pack.delivery.DeliveryException;
import org.lokkho.pack.delivery.FolderDelivery;
import org.lokkho.pack.delivery.MailDraft;
import org.lokkho.pack.delivery.VolumeSplitter;
import org.lokkho.pack.identity.IdentityException;
import org.lokkho.pack.identity.IdentityStore;
import org.lokkho.pack.identity.SigningIdentity;

/**
 * "Create submission package" for one stored document: sign and write {@code <office>-<template>-<fy>-<period>.lokkho},
 * then hand it on — to a USB stick or folder (written, forced, read back and verified) or to the mail program.
 * The signing identity is kept only while the dialog is open, for splitting into volumes without asking again.
 */
public final class PackageFlowModel {
    /** Evidence per volume when a package is split for e-mail: under the 20 MB limit with room for the PDF. */
    public static final long VOLUME_EVIDENCE_BYTES = 15L * 1024 * 1024;

    private final PackageSource source;
    private final IdentityStore keys;
    private final Messages messages;
    private final long documentId;
    private final String baseName;
    private long volumeEvidenceBytes = VOLUME_EVIDENCE_BYTES;
    private PackageRequest lastRequest;
    private Path lastPackage;
    private Manifest lastManifest;

    public PackageFlowModel(PackageSource source, IdentityStore keys, Messages messages, long documentId, String baseName) {
        this.source = source;
        this.keys = keys;
        this.messages = messages;
        this.documentId = documentId;
        this.baseName = baseName;
    }

    /** For the open (current, editable) document; an old revision cannot be submitted. */
    public static PackageFlowModel of(MainViewModel vm) throws UserError {
        DocumentEditorModel e = vm.editor();
        if (e == null) {
            throw new UserError(vm.messages().get("ui.error.noDocument"));
        }
        if (e.isReadOnly()) {
            throw new UserError(vm.messages().get("ui.package.error.revision"));
        }
        String base = OutputNames.base(vm.office(e.document().officeId()).orElse(null), e.document());
        return new PackageFlowModel(vm.services().packages(), new IdentityStore(vm.services().dataDir()), vm.messages(),
                e.document().id(), base);
    }

    public String fileName() {
        return baseName + PackageFormat.EXTENSION;
    }

    public List<String> signers() throws UserError {
        try {
            return keys.aliases();
        } catch (IdentityException e) {
            throw new UserError(e.render(messages));
        }
    }

    public java.util.Optional<String> defaultSigner() {
        return keys.defaultAlias();
    }

    /** Signs and writes the package into {@code folder} (any thread); the password is wiped before returning. */
    public Path create(String signer, char[] password, Path letterPdf, Path folder) throws UserError {
        try {
            if (signer == null || signer.isBlank()) {
                throw new UserError(messages.get("ui.package.error.noSigner"));
            }
            SigningIdentity identity = keys.load(signer, password);
            byte[] letter = letterPdf == null ? null : Files.readAllBytes(letterPdf);
            PackageRequest request = new PackageRequest(String.valueOf(documentId), source.officeName(documentId),
                    source.documentJson(documentId), source.documentPdf(documentId), letter,
                    source.evidenceFiles(documentId), identity);
            Path target = folder.resolve(fileName());
            Manifest manifest = new PackageWriter().write(request, target);
            lastRequest = request;
            lastPackage = target;
            lastManifest = manifest;
            return target;
        } catch (IdentityException e) {
            throw new UserError(e.render(messages));
        } catch (PackageException e) {
            throw new UserError(e.render(messages));
        } catch (AppException e) {
            throw new UserError(e.render(messages));
        } catch (IOException e) {
            throw new UserError(messages.get("ui.error.read", String.valueOf(letterPdf), String.valueOf(e.getMessage())));
        } finally {
            SigningKeysModel.wipe(password);
        }
    }

    public Path lastPackage() {
        return lastPackage;
    }

    /** USB stick or shared folder: copy, force to the device, read back, verify; says where and the hash. */
    public String deliverToFolder(Path folder) throws UserError {
        Path pkg = requirePackage();
        try {
            FolderDelivery.Delivered d = FolderDelivery.deliver(pkg, folder);
            return messages.get("pack.delivery.copied", d.file()) + "\n" + messages.get("ui.package.sha256", d.sha256());
        } catch (DeliveryException e) {
            throw new UserError(e.render(messages));
        }
    }

    /** The mail draft (a mailto: link; the file must be attached by hand), with a warning when it is too big. */
    public MailDraft mailDraft(String to) throws UserError {
        Path pkg = requirePackage();
        try {
            return MailDraft.of(to, pkg, lastManifest, messages);
        } catch (IOException e) {
            throw new UserError(messages.get("ui.error.read", pkg.toString(), String.valueOf(e.getMessage())));
        }
    }

    /** One volume of a split submission and the e-mail that carries it. */
    public record VolumeMail(Path file, MailDraft draft) {
    }

    /**
     * Rewrites the submission as volumes small enough for e-mail, beside the package (any thread). Each volume is
     * checked like a received package and gets its own mail draft (subject and body name that volume).
     */
    public List<VolumeMail> splitForMail() throws UserError {
        Path pkg = requirePackage();
        if (lastRequest == null) {
            throw new UserError(messages.get("ui.package.error.none"));
        }
        try {
            List<Path> volumes = new VolumeSplitter(new PackageWriter())
                    .write(lastRequest, pkg.toAbsolutePath().getParent(), baseName, volumeEvidenceBytes);
            if (volumes.size() > 1) {
                Files.deleteIfExists(pkg); // the volumes replace it; two versions side by side would confuse the receiver
            }
            java.util.ArrayList<VolumeMail> out = new java.util.ArrayList<>();
            PackageVerifier check = new PackageVerifier(TrustStore.empty());
            for (Path v : volumes) {
                VerificationResult r = check.verify(v);
                if (!r.isValid()) {
                    throw new UserError(r.headline(messages));
                }
                out.add(new VolumeMail(v, MailDraft.of(null, v, r.manifest(), messages)));
            }
            return out;
        } catch (PackageException e) {
            throw new UserError(e.render(messages));
        } catch (IOException e) {
            throw new UserError(messages.get("ui.error.write", pkg.toString(), String.valueOf(e.getMessage())));
        }
    }

    /** Tests split small evidence without writing tens of megabytes. */
    void volumeEvidenceBytes(long bytes) {
        this.volumeEvidenceBytes = bytes;
    }

    /** Drops the signing key from memory when the dialog closes. */
    public void forget() {
        lastRequest = null;
    }

    private Path requirePackage() throws UserError {
        if (lastPackage == null) {
            throw new UserError(messages.get("ui.package.error.none"));
        }
        return lastPackage;
    }
}
