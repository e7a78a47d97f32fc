using System;
using System.Globalization;
using System.Threading;

namespace RoomErrors
{
    /// <summary>Language ids as C takes them, and the default language.</summary>
    internal static class Languages
    {
        /// <summary>A culture and the language it stands for.</summary>
        private sealed class Choice
        {
            internal readonly CultureInfo Culture;
            internal readonly RoomErrorLanguage Language;

            internal Choice(CultureInfo culture, RoomErrorLanguage language)
            {
                Culture = culture;
                Language = language;
            }
        }

        private static Choice last;
        private static string posixPreferences;

        /// <summary>The C id of <paramref name="language"/>; values outside the catalog mean English, as in C.</summary>
        internal static int Id(RoomErrorLanguage language)
        {
            return (uint)language < Catalog.LanguageCount ? (int)language : 0;
        }

        /// <summary>See <see cref="RoomError.DefaultLanguage"/>.</summary>
        internal static RoomErrorLanguage Default()
        {
            CultureInfo culture = CultureInfo.CurrentUICulture;
            Choice choice = Volatile.Read(ref last);
            if (choice != null && ReferenceEquals(choice.Culture, culture))
            {
                return choice.Language;
            }
            RoomErrorLanguage language = FollowsPosixEnvironment(culture)
                ? RoomError.LanguageFromList(PosixPreferences())
                : RoomError.LanguageFrom(culture);
            Volatile.Write(ref last, new Choice(culture, language));
            return language;
        }

        /// <summary>
        /// Whether the process's language comes from the POSIX environment: on Unix (Mono reports
        /// macOS as Unix too), while the UI culture is still the very object the runtime derived
        /// from the environment (<see cref="CultureInfo.InstalledUICulture"/>: any culture an app
        /// sets, even an equal one, is another object), and some locale variable is set. Unity's
        /// mobile players have no such environment.
        /// </summary>
        private static bool FollowsPosixEnvironment(CultureInfo culture)
        {
#if (UNITY_ANDROID || UNITY_IOS) && !UNITY_EDITOR
            return false;
#else
            return Environment.OSVersion.Platform == PlatformID.Unix
                && ReferenceEquals(culture, CultureInfo.InstalledUICulture)
                && PosixPreferences().Length > 0;
#endif
        }

        /// <summary>The process's preferences from its environment, read once.</summary>
        private static string PosixPreferences()
        {
            string preferences = Volatile.Read(ref posixPreferences);
            if (preferences == null)
            {
                preferences = Preferences(Environment.GetEnvironmentVariable);
                Volatile.Write(ref posixPreferences, preferences);
            }
            return preferences;
        }

        /// <summary>
        /// The language preferences in GNU gettext's order: <c>LANGUAGE</c> (a colon list) unless
        /// the locale (<c>LC_ALL</c>, else <c>LC_MESSAGES</c>, else <c>LANG</c>) is unset, C or
        /// POSIX; else the locale. Empty variables count as unset.
        /// </summary>
        internal static string Preferences(Func<string, string> variable)
        {
            string locale = Variable(variable, "LC_ALL");
            if (locale.Length == 0)
            {
                locale = Variable(variable, "LC_MESSAGES");
            }
            if (locale.Length == 0)
            {
                locale = Variable(variable, "LANG");
            }
            string language = Variable(variable, "LANGUAGE");
            string name = locale.Split('.')[0];
            bool plain = name.Length == 0 || name == "C" || name == "POSIX";
            return language.Length > 0 && !plain ? language : locale;
        }

        private static string Variable(Func<string, string> variable, string name)
        {
            return variable(name) ?? "";
        }
    }
}
