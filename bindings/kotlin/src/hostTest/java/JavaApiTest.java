import dev.roomerrors.RoomErrorAction;
import dev.roomerrors.RoomErrorCategory;
import dev.roomerrors.RoomErrorCode;
import dev.roomerrors.RoomErrorLanguage;
import dev.roomerrors.RoomErrors;
import dev.roomerrors.RoomException;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The public API as a Java user writes it: static methods and getters, no INSTANCE or Companion,
 * getters on the exception, and no implementation class or internal member in sight. kotlin.mk
 * compiles it with javac -Xlint:all -Werror against the AAR's classes.jar and kotlin-stdlib only
 * (no android.jar), and runs it so, then with the android.os.LocaleList stand-in and classes.jar
 * as its argument for the visibility check.
 */
public final class JavaApiTest {
    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    public static void main(String[] args) throws ClassNotFoundException, IOException {
        check(RoomErrors.isNativeLibraryLoaded(), "native library: " + RoomErrors.getNativeLibraryError());
        RoomErrorLanguage zhHant = RoomErrorLanguage.fromTags(Arrays.asList("fr-FR", "zh-TW"));
        check(zhHant == RoomErrorLanguage.ZH_HANT, "fromTags");
        check(RoomErrorLanguage.fromList("zh_TW:ja:en") == RoomErrorLanguage.ZH_HANT, "fromList");
        check(RoomErrorLanguage.fromTag("ja-JP") == RoomErrorLanguage.JA, "fromTag");
        check(RoomErrorLanguage.fromLocale(Locale.KOREA) == RoomErrorLanguage.KO, "fromLocale");
        check(RoomErrorLanguage.fromLocale() != null, "fromLocale()");
        check("zh-Hant".equals(zhHant.getTag()) && zhHant.getId() >= 0, "language fields");

        RoomErrorCode locked = RoomErrorCode.ERR_SEAT_LOCKED;
        check(locked.getCode() == -2343 && locked == RoomErrorCode.fromCode(-2343), "code fields");
        check(RoomErrorCode.fromCode(12345) == null, "fromCode of an unknown code is null");
        check(locked.getCategory() == RoomErrorCategory.SEAT && RoomErrorCategory.fromId(locked.getCategory().getId()) == RoomErrorCategory.SEAT, "category");
        check(locked.message(zhHant).equals(RoomErrors.message(-2343, zhHant)), "message");
        check(locked.summary().equals(RoomErrors.summary(-2343)), "summary");
        check(locked.remedy(zhHant).equals(RoomErrors.remedy(-2343, zhHant)), "remedy");
        check(locked.userMessage(zhHant).equals(RoomErrors.userMessage(-2343, zhHant)), "userMessage");
        check("ERR_SEAT_LOCKED".equals(RoomErrors.name(-2343)) && "ERR_SEAT_LOCKED".equals(locked.name()), "name");
        check(RoomErrors.isKnown(-2343) && !RoomErrors.isKnown(12345), "isKnown");
        check(RoomErrors.isRetryable(-2) == (RoomErrors.action(-2) == RoomErrorAction.RETRY), "isRetryable");
        check(RoomErrors.retryAfterMillis(-2343) == locked.getRetryAfterMillis(), "retryAfterMillis");
        check(RoomErrors.audience(-2343) == locked.getAudience(), "audience");
        check("Open Settings".equals(RoomErrorAction.OPEN_SETTINGS.label(RoomErrorLanguage.EN)), "label");
        check(RoomErrorAction.fromId(RoomErrorAction.RETRY.getId()) == RoomErrorAction.RETRY, "action fromId");
        check("seat".equals(RoomErrors.category(-2343).getKey()) && "open_settings".equals(RoomErrors.action(-1101).getKey())
                && "user".equals(RoomErrors.audience(-2343).getKey()), "C names as getKey()");
        check(RoomErrors.getCodes().size() == RoomErrorCode.values().length, "codes");
        check(RoomErrors.getVersion().matches("[0-9]+\\.[0-9]+\\.[0-9]+"), "version");

        try {
            RoomException.check(-2343);
            throw new AssertionError("check(-2343) did not throw");
        } catch (RoomException e) {
            check(e.getCode() == -2343 && "ERR_SEAT_LOCKED".equals(e.getName()), "exception code and name");
            check(e.getMessage().startsWith("ERR_SEAT_LOCKED (-2343): "), "exception message: " + e.getMessage());
            check(e.toString().equals("dev.roomerrors.RoomException: " + e.getMessage()), "toString");
            check(e.getErrorCode() == locked && e.getCategory() == RoomErrorCategory.SEAT, "exception facts");
            check(e.getAction() == locked.getAction() && e.getAudience() == locked.getAudience(), "exception advice");
            check(e.getSummary() != null && e.getRemedy() != null && e.getUserMessage() != null, "exception texts");
            check(e.getRetryAfterMillis() == locked.getRetryAfterMillis() && !e.isRetryable(), "exception retry");
        }
        RoomException traditional = new RoomException(-2343, RoomErrorLanguage.ZH_HANT);
        check(traditional.getLocalizedMessage().equals(RoomErrors.message(-2343, RoomErrorLanguage.ZH_HANT)), "localized");
        check(traditional.getLanguage() == RoomErrorLanguage.ZH_HANT, "language");

        if (args.length == 1) {
            checkVisibility(args[0]);
        }
        System.out.println("JavaApiTest: the Java API works" + (args.length == 1 ? "; nothing internal is visible" : ""));
    }

    /**
     * The implementation is not part of the API: the public classes of classes.jar are the API's
     * and their companions, and javac sees no internal (mangled, $) member. Reflection resolves
     * every signature, so this run needs android.os.LocaleList on the class path.
     */
    private static void checkVisibility(String classesJar) throws ClassNotFoundException, IOException {
        List<String> api = Arrays.asList("RoomErrors", "RoomException", "RoomErrorCode", "RoomErrorLanguage",
            "RoomErrorCategory", "RoomErrorAction", "RoomErrorAudience");
        try (ZipFile jar = new ZipFile(classesJar)) {
            for (ZipEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (!name.endsWith(".class")) {
                    continue;
                }
                Class<?> type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'));
                if (!Modifier.isPublic(type.getModifiers())) {
                    continue;
                }
                String simple = type.getName().substring("dev.roomerrors.".length());
                check(api.contains(simple.replace("$Companion", "")), simple + " is public");
                for (Method method : type.getDeclaredMethods()) {
                    boolean visible = Modifier.isPublic(method.getModifiers()) && !method.isSynthetic();
                    check(!visible || !method.getName().contains("$"), simple + "." + method.getName() + " is visible");
                }
                for (Field field : type.getDeclaredFields()) {
                    boolean visible = Modifier.isPublic(field.getModifiers()) && !field.isSynthetic();
                    check(!visible || !field.getName().contains("$"), simple + "." + field.getName() + " is visible");
                }
            }
        }
    }
}
