package org.lokkho.pack;

import java.util.Arrays;
import java.util.List;
import org.lokkho.domain.i18n.Messages;

/** One thing found wrong with a package: a {@link Reason} and the file or detail it concerns. */
public record Finding(Reason reason, List<String> args) {
    public static Finding of(Reason reason, Object... args) {
        return new Finding(reason, Arrays.stream(args).map(String::valueOf).toList());
    }

    public String render(Messages messages) {
        return messages.get(reason.messageKey(), args.toArray());
    }

    @Override
    public String toString() {
        return reason + (args.isEmpty() ? "" : args.toString());
    }
}
