package org.lokkho.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lokkho.domain.document.SignatureBlock;
import org.lokkho.domain.document.SignatureContent;
import org.lokkho.domain.template.SectionTemplate;
import org.lokkho.domain.template.SignatureSlot;

/** Signature blocks as form fields: name, designation, office, date, phone, e-mail of each signer. */
public final class SignatureSectionModel extends ContentSectionModel<SignatureContent> implements SectionModel {
    public static final List<String> FIELDS = List.of("name", "designation", "office", "date", "phone", "email");

    SignatureSectionModel(SectionTemplate section, SignatureContent content, DocumentEditorModel editor) {
        super(section, content, editor);
    }

    public List<SignatureBlock> blocks() {
        return List.copyOf(content.blocks());
    }

    /** The slot's label from the template ("দপ্তর প্রধান"), or the role itself. */
    public String label(SignatureBlock block, Locale locale) {
        return section.signatures().stream().filter(s -> s.role().equals(block.role())).findFirst()
                .map(SignatureSlot::label).map(l -> l.in(locale)).orElse(block.role());
    }

    public static String field(SignatureBlock b, String field) {
        return switch (field) {
            case "name" -> b.name();
            case "designation" -> b.designation();
            case "office" -> b.office();
            case "date" -> b.date();
            case "phone" -> b.phone();
            default -> b.email();
        };
    }

    public void setField(int blockIndex, String field, String value) {
        List<SignatureBlock> after = new ArrayList<>(content.blocks());
        SignatureBlock b = after.get(blockIndex);
        if (field(b, field).equals(value == null ? "" : value)) {
            return;
        }
        after.set(blockIndex, with(b, field, value));
        if (!editor.isReadOnly()) {
            editor.execute(new ListSnapshot<>(content.blocks(), content.blocks(), after));
        }
    }

    private static SignatureBlock with(SignatureBlock b, String field, String v) {
        return new SignatureBlock(b.role(),
                field.equals("name") ? v : b.name(),
                field.equals("designation") ? v : b.designation(),
                field.equals("office") ? v : b.office(),
                field.equals("date") ? v : b.date(),
                field.equals("phone") ? v : b.phone(),
                field.equals("email") ? v : b.email());
    }
}
