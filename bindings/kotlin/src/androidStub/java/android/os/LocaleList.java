package android.os;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * The part of Android's android.os.LocaleList (API 24) that RoomErrorLanguage.fromLocales uses,
 * with the same behaviour, so that the library compiles and its tests run on a desktop JVM. Only
 * on the compile and test class paths: classes.jar never holds it (the AAR suite checks that).
 */
public final class LocaleList {
    private final Locale[] locales;

    public LocaleList(Locale... locales) {
        this.locales = locales.clone();
    }

    /** The user's list: here, the JVM's default locale alone. */
    public static LocaleList getDefault() {
        return new LocaleList(Locale.getDefault());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocaleList && java.util.Arrays.equals(locales, ((LocaleList) other).locales);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(locales);
    }

    /** The locales' BCP 47 tags joined by commas, most preferred first. */
    public String toLanguageTags() {
        StringJoiner tags = new StringJoiner(",");
        for (Locale locale : locales) {
            tags.add(locale.toLanguageTag());
        }
        return tags.toString();
    }
}
