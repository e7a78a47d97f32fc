// The README's Java example: `make test-kotlin` compiles it with javac and runs it, and the README
// must show it and its output as they are.

import dev.roomerrors.RoomErrorAudience;
import dev.roomerrors.RoomErrorLanguage;
import dev.roomerrors.RoomErrors;
import dev.roomerrors.RoomException;
import java.util.Arrays;

public final class Lookup {
    public static void main(String[] args) {
        RoomErrorLanguage language = RoomErrorLanguage.fromTags(Arrays.asList("fr-FR", "zh-TW", "en"));
        try {
            RoomException.check(-1101); // what an engine call returned
        } catch (RoomException e) {
            System.out.println(e.getMessage()); // English with name and code, for logs
            RoomException text = new RoomException(e.getCode(), language);
            boolean forUser = text.getAudience() == RoomErrorAudience.USER;
            System.out.println(forUser ? text.getLocalizedMessage() : text.getUserMessage());
            System.out.println(text.getAction().getKey() + ": " + text.getAction().label(language));
        }
        System.out.println(RoomErrors.category(-2343).getKey() + " " + RoomErrors.isRetryable(-2343));
    }
}
