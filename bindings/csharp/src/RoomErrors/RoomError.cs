using System;
using System.Collections.Generic;
using System.Globalization;

namespace RoomErrors
{
    /// <summary>
    /// The texts and facts of room-engine error codes, answered by the native room_errors library.
    /// Every method takes any <see cref="int"/> code: codes the library does not know get the
    /// unknown-error texts and facts, never an exception. Language values outside
    /// <see cref="RoomErrorLanguage"/> mean English, as in C. Methods without a language use
    /// <see cref="DefaultLanguage"/>. Texts are decoded once per (code, language) and cached; all
    /// members are thread-safe.
    /// </summary>
    public static class RoomError
    {
        private static readonly TextCache messages = new TextCache(CodeKeys.Unknown + 1, Native.room_err_message);
        private static readonly TextCache summaries = new TextCache(CodeKeys.Unknown + 1, Native.room_err_summary);
        private static readonly TextCache remedies = new TextCache(CodeKeys.Unknown + 1, Native.room_err_remedy);
        private static readonly TextCache userMessages = new TextCache(CodeKeys.Unknown + 1, Native.room_err_user_message);
        private static readonly TextCache names = new TextCache(CodeKeys.Unknown + 1, (code, language) => Native.room_err_name(code));
        private static readonly RoomErrorAction[] actions = (RoomErrorAction[])Enum.GetValues(typeof(RoomErrorAction));
        private static readonly TextCache labels = new TextCache(actions.Length, Native.room_err_action_label);
        private static readonly string version = Native.Decode(Native.room_err_version());

        /// <summary>
        /// The language of the current thread's UI culture (<see cref="CultureInfo.CurrentUICulture"/>,
        /// through <see cref="LanguageFrom(CultureInfo)"/>). Exception: on Unix, while no culture
        /// is set (the UI culture is still the object the runtime derived from the environment,
        /// as on Mono), the POSIX environment decides in GNU gettext's order (see
        /// <see cref="LanguageFromEnvironment"/>), so that a <c>LANGUAGE</c> list counts as in
        /// other POSIX programs.
        /// </summary>
        public static RoomErrorLanguage DefaultLanguage
        {
            get { return Languages.Default(); }
        }

        /// <summary>The full message (summary and remedy) of <paramref name="code"/> in <see cref="DefaultLanguage"/>.</summary>
        public static string Message(int code)
        {
            return Message(code, Languages.Default());
        }

        /// <summary>The full message (summary and remedy) of <paramref name="code"/> in <paramref name="language"/> (<c>room_err_message</c>).</summary>
        public static string Message(int code, RoomErrorLanguage language)
        {
            return messages.Get(CodeKeys.Key(code), code, Languages.Id(language));
        }

        /// <summary>What happened, one sentence (<c>room_err_summary</c>), in <see cref="DefaultLanguage"/>.</summary>
        public static string Summary(int code)
        {
            return Summary(code, Languages.Default());
        }

        /// <summary>What happened, one sentence (<c>room_err_summary</c>).</summary>
        public static string Summary(int code, RoomErrorLanguage language)
        {
            return summaries.Get(CodeKeys.Key(code), code, Languages.Id(language));
        }

        /// <summary>What to do (<c>room_err_remedy</c>), in <see cref="DefaultLanguage"/>; <c>""</c> when the code has none.</summary>
        public static string Remedy(int code)
        {
            return Remedy(code, Languages.Default());
        }

        /// <summary>What to do (<c>room_err_remedy</c>); <c>""</c> when the code has none (unknown codes have none).</summary>
        public static string Remedy(int code, RoomErrorLanguage language)
        {
            return remedies.Get(CodeKeys.Key(code), code, Languages.Id(language));
        }

        /// <summary>The message an end user may read (<c>room_err_user_message</c>), in <see cref="DefaultLanguage"/>.</summary>
        public static string UserMessage(int code)
        {
            return UserMessage(code, Languages.Default());
        }

        /// <summary>
        /// The message an end user may read (<c>room_err_user_message</c>): <see cref="Message(int, RoomErrorLanguage)"/>
        /// for user-audience codes, one generic text for developer-audience and unknown codes.
        /// </summary>
        public static string UserMessage(int code, RoomErrorLanguage language)
        {
            return userMessages.Get(CodeKeys.Key(code), code, Languages.Id(language));
        }

        /// <summary>The symbolic name, such as <c>"ERR_CAMERA_START_FAILED"</c>; <c>""</c> for unknown codes (<c>room_err_name</c>).</summary>
        public static string Name(int code)
        {
            return names.Get(CodeKeys.Key(code), code, 0);
        }

        /// <summary>What kind of problem <paramref name="code"/> reports; <see cref="RoomErrorCategory.Unknown"/> for unknown codes.</summary>
        public static RoomErrorCategory Category(int code)
        {
            return (RoomErrorCategory)Native.room_err_category_id(code);
        }

        /// <summary>What the remedy of <paramref name="code"/> asks for; <see cref="RoomErrorAction.None"/> for unknown codes.</summary>
        public static RoomErrorAction Action(int code)
        {
            return (RoomErrorAction)Native.room_err_action(code);
        }

        /// <summary>A short button label for <paramref name="action"/> in <see cref="DefaultLanguage"/>.</summary>
        public static string ActionLabel(RoomErrorAction action)
        {
            return ActionLabel(action, Languages.Default());
        }

        /// <summary>
        /// A short button label for <paramref name="action"/>, such as "Open Settings"
        /// (<c>room_err_action_label</c>); <c>""</c> for <see cref="RoomErrorAction.None"/>,
        /// <see cref="RoomErrorAction.FixIntegration"/> and values the library does not know.
        /// </summary>
        public static string ActionLabel(RoomErrorAction action, RoomErrorLanguage language)
        {
            int id = (int)action;
            if (id < 0 || id >= actions.Length)
            {
                return Native.Decode(Native.room_err_action_label(id, Languages.Id(language)));
            }
            return labels.Get(id, id, Languages.Id(language));
        }

        /// <summary>Who the message of <paramref name="code"/> is for; <see cref="RoomErrorAudience.Developer"/> for unknown codes.</summary>
        public static RoomErrorAudience Audience(int code)
        {
            return (RoomErrorAudience)Native.room_err_audience(code);
        }

        /// <summary>How long to wait before retrying <paramref name="code"/>, where the catalog states it; null otherwise (and for unknown codes).</summary>
        public static TimeSpan? RetryAfter(int code)
        {
            uint milliseconds = Native.room_err_retry_after_ms(code);
            if (milliseconds == 0)
            {
                return null;
            }
            return TimeSpan.FromTicks(milliseconds * TimeSpan.TicksPerMillisecond);
        }

        /// <summary>Whether the library knows <paramref name="code"/>.</summary>
        public static bool IsKnown(int code)
        {
            return Native.room_err_is_known(code);
        }

        /// <summary>Whether the remedy of <paramref name="code"/> is to try again (<see cref="Action"/> is <see cref="RoomErrorAction.Retry"/>).</summary>
        public static bool IsRetryable(int code)
        {
            return Native.room_err_is_retryable(code);
        }

        /// <summary>Every code the library knows, in catalog order.</summary>
        public static IReadOnlyList<int> Codes
        {
            get { return CodeKeys.All; }
        }

        /// <summary>The native library's version, <c>"MAJOR.MINOR.PATCH"</c>.</summary>
        public static string Version
        {
            get { return version; }
        }

        /// <summary>The BCP 47 tag of <paramref name="language"/> (<c>"zh-Hant"</c>); <c>"en"</c> for values outside the catalog.</summary>
        public static string Tag(RoomErrorLanguage language)
        {
            return Native.Decode(Native.room_err_lang_tag((int)language));
        }

        /// <summary>
        /// The language for one BCP 47 or POSIX locale tag (<c>"zh-Hant-TW"</c>, <c>"zh_TW.UTF-8"</c>),
        /// as <c>room_err_lang_from_tag</c> negotiates it. Null, empty, <c>C</c>, <c>POSIX</c>,
        /// unsupported and malformed tags mean <see cref="RoomErrorLanguage.En"/>; an embedded NUL ends the tag.
        /// </summary>
        public static RoomErrorLanguage LanguageFromTag(string tag)
        {
            return (RoomErrorLanguage)Native.room_err_lang_from_tag(Native.Encode(tag));
        }

        /// <summary>
        /// The best language for a preference list (<c>room_err_lang_from_list</c>): an HTTP
        /// <c>Accept-Language</c> value, a POSIX <c>LANGUAGE</c> list (<c>"zh_TW:ja:en"</c>) or tags
        /// separated by commas or spaces. Null, empty and lists where nothing matches mean
        /// <see cref="RoomErrorLanguage.En"/>; an embedded NUL ends the list.
        /// </summary>
        public static RoomErrorLanguage LanguageFromList(string list)
        {
            return (RoomErrorLanguage)Native.room_err_lang_from_list(Native.Encode(list));
        }

        /// <summary>
        /// The language for <paramref name="culture"/>, from its name (<c>"zh-TW"</c>, <c>"zh-Hant-HK"</c>);
        /// .NET's legacy names <c>zh-CHT</c> and <c>zh-CHS</c> mean Traditional and Simplified
        /// Chinese. Null and the invariant culture mean <see cref="RoomErrorLanguage.En"/>.
        /// </summary>
        public static RoomErrorLanguage LanguageFrom(CultureInfo culture)
        {
            if (culture == null)
            {
                return RoomErrorLanguage.En;
            }
            switch (culture.Name)
            {
                case "zh-CHT":
                    return RoomErrorLanguage.ZhHant;
                case "zh-CHS":
                    return RoomErrorLanguage.ZhHans;
                default:
                    return LanguageFromTag(culture.Name);
            }
        }

        /// <summary>
        /// The language a POSIX environment asks for, in GNU gettext's order: the <c>LANGUAGE</c>
        /// list unless the locale (<c>LC_ALL</c>, else <c>LC_MESSAGES</c>, else <c>LANG</c>) is
        /// unset, <c>C</c> or <c>POSIX</c>; else the locale. <paramref name="variable"/> reads a
        /// variable (null or empty: unset), e.g. <see cref="Environment.GetEnvironmentVariable(string)"/>.
        /// </summary>
        public static RoomErrorLanguage LanguageFromEnvironment(Func<string, string> variable)
        {
            if (variable == null)
            {
                throw new ArgumentNullException("variable", "LanguageFromEnvironment takes a function reading an environment variable, such as Environment.GetEnvironmentVariable");
            }
            return LanguageFromList(Languages.Preferences(variable));
        }
    }
}
