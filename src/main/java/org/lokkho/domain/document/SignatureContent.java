package org.lokkho.domain.document;

import java.util.ArrayList;
import java.util.List;

public final class SignatureContent implements SectionContent {
    private final List<SignatureBlock> blocks;

    public SignatureContent(List<SignatureBlock> blocks) {
        this.blocks = new ArrayList<>(blocks == null ? List.of() : blocks);
    }

    public List<SignatureBlock> blocks() {
        return blocks;
    }

    @Override
    public SignatureContent copy() {
        return new SignatureContent(blocks);
    }
}
