using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using NUnit.Framework;

namespace RoomErrors.Tests
{
    /// <summary>The generated enums, hostile input, the default language, the exception and threads.</summary>
    [TestFixture]
    public class ApiTests
    {
        private static readonly RoomErrorLanguage[] AllLanguages = (RoomErrorLanguage[])Enum.GetValues(typeof(RoomErrorLanguage));

        [Test]
        public void LoadsTheLibraryItWasGiven()
        {
            string expected = Environment.GetEnvironmentVariable("ROOM_ERRORS_EXPECTED_LIB");
            Assert.IsNotNull(expected, "ROOM_ERRORS_EXPECTED_LIB names the library the suite must load");
            Assert.IsNotEmpty(RoomError.Version);
            var mapped = new HashSet<string>();
            foreach (var line in System.IO.File.ReadAllLines("/proc/self/maps"))
            {
                int path = line.IndexOf('/');
                if (path >= 0 && line.Contains("room_errors"))
                {
                    mapped.Add(line.Substring(path));
                }
            }
            CollectionAssert.AreEqual(new[] { System.IO.Path.GetFullPath(expected) }, mapped, "the room_errors libraries mapped");
        }

        [Test]
        public void EveryEnumCodeIsTheLibrarysCodeOfThatName()
        {
            var codes = new HashSet<int>(RoomError.Codes);
            var values = (RoomErrorCode[])Enum.GetValues(typeof(RoomErrorCode));
            Assert.AreEqual(codes.Count, values.Length, "one enum member per code");
            foreach (var value in values)
            {
                Assert.IsTrue(codes.Contains((int)value), value + " is known");
                string name = RoomError.Name((int)value);
                string expected = name == "ERR_SUCC" ? "Success" : Pascal(name.Substring("ERR_".Length));
                Assert.AreEqual(expected, value.ToString(), "member name of " + name);
            }
        }

        [Test]
        public void CodeExtensionsAnswerAsRoomError()
        {
            var thread = Thread.CurrentThread;
            var saved = thread.CurrentUICulture;
            try
            {
                thread.CurrentUICulture = new CultureInfo("ar-EG");
                foreach (RoomErrorCode code in Enum.GetValues(typeof(RoomErrorCode)))
                {
                    int c = (int)code;
                    Assert.AreEqual(RoomError.Message(c, RoomErrorLanguage.Ar), code.Message());
                    Assert.AreEqual(RoomError.Message(c, RoomErrorLanguage.Vi), code.Message(RoomErrorLanguage.Vi));
                    Assert.AreEqual(RoomError.Summary(c, RoomErrorLanguage.Ar), code.Summary());
                    Assert.AreEqual(RoomError.Summary(c, RoomErrorLanguage.Th), code.Summary(RoomErrorLanguage.Th));
                    Assert.AreEqual(RoomError.Remedy(c, RoomErrorLanguage.Ar), code.Remedy());
                    Assert.AreEqual(RoomError.Remedy(c, RoomErrorLanguage.Ru), code.Remedy(RoomErrorLanguage.Ru));
                    Assert.AreEqual(RoomError.UserMessage(c, RoomErrorLanguage.Ar), code.UserMessage());
                    Assert.AreEqual(RoomError.UserMessage(c, RoomErrorLanguage.Es), code.UserMessage(RoomErrorLanguage.Es));
                    Assert.AreEqual(RoomError.Category(c), code.Category());
                    Assert.AreEqual(RoomError.Action(c), code.Action());
                    Assert.AreEqual(RoomError.Audience(c), code.Audience());
                    Assert.AreEqual(RoomError.RetryAfter(c), code.RetryAfter());
                    Assert.AreEqual(RoomError.IsRetryable(c), code.IsRetryable());
                    Assert.AreEqual(RoomError.Name(c), code.CName());
                }
            }
            finally
            {
                thread.CurrentUICulture = saved;
            }
        }

        [Test]
        public void AnyIntIsAnsweredAsC()
        {
            var codes = new HashSet<int>(RoomError.Codes);
            string unknownEn = RoomError.Message(12345, RoomErrorLanguage.En);
            string unknownJa = RoomError.Message(12345, RoomErrorLanguage.Ja);
            var probes = new List<int> { int.MinValue, int.MinValue + 1, -1, 0, 1, int.MaxValue - 1, int.MaxValue };
            for (int code = -70000; code <= 70000; code++)
            {
                probes.Add(code);
            }
            var random = new Random(29);
            for (int i = 0; i < 20000; i++)
            {
                probes.Add(random.Next(int.MinValue, int.MaxValue));
            }
            int mismatches = 0;
            foreach (int code in probes)
            {
                bool known = codes.Contains(code);
                bool ok = RoomError.IsKnown(code) == known
                    && (RoomError.Name(code).Length > 0) == known
                    && (RoomError.Message(code, RoomErrorLanguage.En) == unknownEn) != known
                    && (RoomError.Message(code, RoomErrorLanguage.Ja) == unknownJa) != known
                    && (known || (RoomError.Remedy(code, RoomErrorLanguage.En) == ""
                        && RoomError.Category(code) == RoomErrorCategory.Unknown
                        && RoomError.Action(code) == RoomErrorAction.None
                        && RoomError.Audience(code) == RoomErrorAudience.Developer
                        && RoomError.RetryAfter(code) == null && !RoomError.IsRetryable(code)));
                if (!ok)
                {
                    mismatches++;
                }
            }
            Assert.AreEqual(0, mismatches, "codes answered unlike C among " + probes.Count);
        }

        [Test]
        public void LanguagesOutsideTheEnumMeanEnglish()
        {
            foreach (int id in new[] { -1, TestCatalog.LanguageCountForTests, 255, int.MinValue, int.MaxValue })
            {
                var language = (RoomErrorLanguage)id;
                Assert.AreEqual(RoomError.Message(-1100, RoomErrorLanguage.En), RoomError.Message(-1100, language), "message, language " + id);
                Assert.AreEqual(RoomError.UserMessage(-2343, RoomErrorLanguage.En), RoomError.UserMessage(-2343, language), "user message, language " + id);
                Assert.AreEqual(RoomError.ActionLabel(RoomErrorAction.Retry, RoomErrorLanguage.En), RoomError.ActionLabel(RoomErrorAction.Retry, language), "label, language " + id);
                Assert.AreEqual("en", RoomError.Tag(language), "tag " + id);
            }
            int actions = Enum.GetValues(typeof(RoomErrorAction)).Length;
            foreach (int id in new[] { -1, actions, 1000, int.MinValue, int.MaxValue })
            {
                Assert.AreEqual("", RoomError.ActionLabel((RoomErrorAction)id, RoomErrorLanguage.Ja), "label of action " + id);
            }
        }

        [Test]
        public void NullEmptyAndHostileTags()
        {
            Assert.AreEqual(RoomErrorLanguage.En, RoomError.LanguageFromTag(null));
            Assert.AreEqual(RoomErrorLanguage.En, RoomError.LanguageFromTag(""));
            Assert.AreEqual(RoomErrorLanguage.En, RoomError.LanguageFromList(null));
            Assert.AreEqual(RoomErrorLanguage.En, RoomError.LanguageFromList(""));
            Assert.AreEqual(RoomErrorLanguage.ZhHant, RoomError.LanguageFromTag("zh-TW\0ja"), "a NUL ends the tag");
            Assert.AreEqual(RoomErrorLanguage.En, RoomError.LanguageFromTag("\0zh-TW"));
            Assert.AreEqual(RoomErrorLanguage.En, RoomError.LanguageFromTag("\uD800"), "a lone surrogate");
            Assert.AreEqual(RoomErrorLanguage.En, RoomError.LanguageFromTag(new string('x', 1 << 20)), "a megabyte");
            Assert.AreEqual(RoomErrorLanguage.Ja, RoomError.LanguageFromList(new string(' ', 1 << 20) + "ja"), "a megabyte of spaces");
            Assert.AreEqual(RoomErrorLanguage.En, RoomError.LanguageFrom((CultureInfo)null));
            Assert.AreEqual(RoomErrorLanguage.En, RoomError.LanguageFrom(CultureInfo.InvariantCulture));
            Assert.AreEqual(RoomErrorLanguage.ZhHant, RoomError.LanguageFrom(new CultureInfo("zh-TW")));
            Assert.AreEqual(RoomErrorLanguage.ZhHans, RoomError.LanguageFrom(new CultureInfo("zh-CN")));
            Assert.AreEqual(RoomErrorLanguage.ZhHant, RoomError.LanguageFrom(new CultureInfo("zh-HK")));
            Assert.AreEqual(RoomErrorLanguage.Ar, RoomError.LanguageFrom(new CultureInfo("ar-EG")));
            Assert.AreEqual(RoomErrorLanguage.Pt, RoomError.LanguageFrom(new CultureInfo("pt-BR")));
            Assert.AreEqual(RoomErrorLanguage.En, RoomError.LanguageFrom(new CultureInfo("de-DE")));
            Assert.Throws<ArgumentNullException>(() => RoomError.LanguageFromEnvironment(null));
        }

        [Test]
        public void LegacyChineseCultureNames()
        {
            foreach (var pair in new[] { new[] { "zh-CHT", "zh-Hant" }, new[] { "zh-CHS", "zh-Hans" } })
            {
                CultureInfo culture;
                try
                {
                    culture = new CultureInfo(pair[0]);
                }
                catch (CultureNotFoundException)
                {
                    continue; // a runtime without the legacy cultures cannot pass them
                }
                if (culture.Name == pair[0])
                {
                    Assert.AreEqual(pair[1], RoomError.Tag(RoomError.LanguageFrom(culture)), pair[0]);
                }
            }
        }

        [Test]
        public void DefaultLanguageFollowsTheUiCulture()
        {
            var thread = Thread.CurrentThread;
            var saved = thread.CurrentUICulture;
            try
            {
                thread.CurrentUICulture = new CultureInfo("ko-KR");
                Assert.AreEqual(RoomErrorLanguage.Ko, RoomError.DefaultLanguage);
                Assert.AreEqual(RoomError.Message(-1101, RoomErrorLanguage.Ko), RoomError.Message(-1101));
                Assert.AreEqual(RoomError.Summary(-1101, RoomErrorLanguage.Ko), RoomError.Summary(-1101));
                Assert.AreEqual(RoomError.Remedy(-1101, RoomErrorLanguage.Ko), RoomError.Remedy(-1101));
                Assert.AreEqual(RoomError.UserMessage(-1101, RoomErrorLanguage.Ko), RoomError.UserMessage(-1101));
                Assert.AreEqual(RoomError.ActionLabel(RoomErrorAction.OpenSettings, RoomErrorLanguage.Ko), RoomError.ActionLabel(RoomErrorAction.OpenSettings));
                thread.CurrentUICulture = new CultureInfo("zh-HK");
                Assert.AreEqual(RoomErrorLanguage.ZhHant, RoomError.DefaultLanguage);
                thread.CurrentUICulture = CultureInfo.InvariantCulture;
                Assert.AreEqual(CultureInfo.InstalledUICulture.Name == "" ? RoomError.LanguageFromEnvironment(Environment.GetEnvironmentVariable)
                    : RoomErrorLanguage.En, RoomError.DefaultLanguage, "invariant culture");
                thread.CurrentUICulture = new CultureInfo(CultureInfo.InstalledUICulture.Name);
                Assert.AreEqual(RoomError.LanguageFrom(thread.CurrentUICulture), RoomError.DefaultLanguage, "a culture set equal to the installed one");
                thread.CurrentUICulture = CultureInfo.InstalledUICulture;
                // Left as the runtime derived it from the environment, the POSIX rule decides
                // (make test-csharp runs this with LANGUAGE set, so the two differ).
                Assert.AreEqual(RoomError.LanguageFromEnvironment(Environment.GetEnvironmentVariable), RoomError.DefaultLanguage, "environment");
                string expected = Environment.GetEnvironmentVariable("ROOM_ERRORS_EXPECTED_DEFAULT");
                if (expected != null)
                {
                    Assert.AreEqual(expected, RoomError.Tag(RoomError.DefaultLanguage), "the environment make test-csharp sets");
                }
            }
            finally
            {
                thread.CurrentUICulture = saved;
            }
        }

        [Test]
        public void ExceptionLogsEnglishWithNameAndCode()
        {
            var thread = Thread.CurrentThread;
            var saved = thread.CurrentUICulture;
            try
            {
                thread.CurrentUICulture = new CultureInfo("ja-JP");
                var error = new RoomErrorException(-1100);
                Assert.AreEqual("ERR_CAMERA_START_FAILED (-1100): " + RoomError.Message(-1100, RoomErrorLanguage.En), error.Message);
                StringAssert.StartsWith("ERR_CAMERA_START_FAILED (-1100): Failed to start the camera", error.Message);
                Assert.AreEqual(RoomError.Message(-1100, RoomErrorLanguage.Ja), error.LocalizedMessage);
                Assert.AreEqual(RoomError.Message(-1100, RoomErrorLanguage.Ar), error.GetLocalizedMessage(RoomErrorLanguage.Ar));
                Assert.AreEqual(-1100, error.Code);
                Assert.AreEqual(RoomErrorCode.CameraStartFailed, error.ErrorCode);
                Assert.AreEqual(RoomErrorCategory.Device, error.Category);
                Assert.AreEqual(RoomError.Action(-1100), error.Action);
                Assert.AreEqual(RoomError.IsRetryable(-1100), error.IsRetryable);
                foreach (int code in new[] { 12345, int.MinValue, int.MaxValue, 1 })
                {
                    var unknown = new RoomErrorException(code);
                    Assert.AreEqual("UNKNOWN (" + code.ToString(CultureInfo.InvariantCulture) + "): " + RoomError.Message(code, RoomErrorLanguage.En), unknown.Message);
                    Assert.AreEqual(RoomErrorCategory.Unknown, unknown.Category);
                    Assert.IsFalse(unknown.IsRetryable);
                }
                var inner = new InvalidOperationException("engine");
                Assert.AreSame(inner, new RoomErrorException(-2343, inner).InnerException);
                Assert.AreEqual(-2343, new RoomErrorException(RoomErrorCode.SeatLocked).Code);
                Assert.IsInstanceOf<Exception>(new RoomErrorException(-1));
                RoomErrorException.ThrowIfFailed(0);
                var thrown = Assert.Throws<RoomErrorException>(() => RoomErrorException.ThrowIfFailed(-2));
                Assert.AreEqual(-2, thrown.Code);
                Assert.AreEqual(int.MinValue, Assert.Throws<RoomErrorException>(() => RoomErrorException.ThrowIfFailed(int.MinValue)).Code);
            }
            finally
            {
                thread.CurrentUICulture = saved;
            }
        }

        [Test]
        public void ThreadsGetTheSameCachedStrings()
        {
            const int threads = 8;
            var codes = new List<int>(RoomError.Codes) { 12345, int.MinValue };
            var seen = new string[threads][];
            var start = new Barrier(threads);
            var workers = new Thread[threads];
            for (int t = 0; t < threads; t++)
            {
                int index = t;
                workers[t] = new Thread(() =>
                {
                    var mine = new string[codes.Count * AllLanguages.Length];
                    start.SignalAndWait();
                    for (int round = 0; round < 50; round++)
                    {
                        for (int i = 0; i < mine.Length; i++)
                        {
                            int k = (i * 7 + index * 13 + round) % mine.Length; // each thread its own order
                            string text = RoomError.Message(codes[k / AllLanguages.Length], AllLanguages[k % AllLanguages.Length]);
                            if (mine[k] != null && !ReferenceEquals(mine[k], text))
                            {
                                text = "changed";
                            }
                            mine[k] = text;
                        }
                    }
                    seen[index] = mine;
                });
                workers[t].Start();
            }
            foreach (var worker in workers)
            {
                worker.Join();
            }
            int differences = 0;
            for (int i = 0; i < seen[0].Length; i++)
            {
                string expected = RoomError.Message(codes[i / AllLanguages.Length], AllLanguages[i % AllLanguages.Length]);
                for (int t = 0; t < threads; t++)
                {
                    if (!ReferenceEquals(expected, seen[t][i]))
                    {
                        differences++;
                    }
                }
            }
            Assert.AreEqual(0, differences, "strings that are not the one cached copy");
        }

        /// <summary><c>CAMERA_START_FAILED</c> → <c>CameraStartFailed</c>.</summary>
        private static string Pascal(string screaming)
        {
            var text = new System.Text.StringBuilder();
            foreach (var word in screaming.Split('_'))
            {
                text.Append(word.Substring(0, 1)).Append(word.Substring(1).ToLowerInvariant());
            }
            return text.ToString();
        }
    }

    /// <summary>The catalog facts the tests need without the binding's internals.</summary>
    internal static class TestCatalog
    {
        internal static readonly int LanguageCountForTests = Enum.GetValues(typeof(RoomErrorLanguage)).Length;
    }
}
