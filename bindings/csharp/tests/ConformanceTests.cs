using System;
using System.Collections.Generic;
using System.Globalization;
using NUnit.Framework;

namespace RoomErrors.Tests
{
    /// <summary>Every answer of the binding against the C library's, from the conformance vectors.</summary>
    [TestFixture]
    public class ConformanceTests
    {
        /// <summary>Language tag (langs.tsv) to the enum value with that id.</summary>
        internal static Dictionary<string, RoomErrorLanguage> Languages()
        {
            var languages = new Dictionary<string, RoomErrorLanguage>();
            foreach (var row in Vectors.Read("langs.tsv"))
            {
                var id = int.Parse(row["id"], CultureInfo.InvariantCulture);
                if (Enum.IsDefined(typeof(RoomErrorLanguage), id))
                {
                    languages[row["tag"]] = (RoomErrorLanguage)id;
                }
            }
            return languages;
        }

        private static int Int(Dictionary<string, string> row, string column)
        {
            return int.Parse(row[column], CultureInfo.InvariantCulture);
        }

        [Test]
        public void LanguageTagsAndUnknownIds()
        {
            var rows = Vectors.Read("langs.tsv");
            foreach (var row in rows)
            {
                var language = (RoomErrorLanguage)Int(row, "id");
                Assert.AreEqual(row["tag"], RoomError.Tag(language), "tag of " + row["id"]);
                // Ids the catalog lacks mean English for every text, as in C.
                Assert.AreEqual(RoomError.Message(-1100, RoomErrorLanguage.En) == RoomError.Message(-1100, language),
                    row["tag"] == "en", "message language of id " + row["id"]);
            }
            Assert.AreEqual(Enum.GetValues(typeof(RoomErrorLanguage)).Length, Languages().Count, "enum languages = C languages");
        }

        [Test]
        public void Texts()
        {
            var languages = Languages();
            foreach (var row in Vectors.Read("texts.tsv"))
            {
                int code = Int(row, "code");
                var language = languages[row["lang"]];
                string where = code + "/" + row["lang"];
                Assert.AreEqual(row["message"], RoomError.Message(code, language), "message " + where);
                Assert.AreEqual(row["summary"], RoomError.Summary(code, language), "summary " + where);
                Assert.AreEqual(row["remedy"], RoomError.Remedy(code, language), "remedy " + where);
                Assert.AreEqual(row["user_message"], RoomError.UserMessage(code, language), "user_message " + where);
            }
        }

        [Test]
        public void Facts()
        {
            var known = new List<int>();
            foreach (var row in Vectors.Read("codes.tsv"))
            {
                int code = Int(row, "code");
                bool isKnown = row["known"] == "1";
                if (isKnown)
                {
                    known.Add(code);
                }
                Assert.AreEqual(isKnown, RoomError.IsKnown(code), "known " + code);
                Assert.AreEqual(row["name"], RoomError.Name(code), "name " + code);
                Assert.AreEqual(Int(row, "category_id"), (int)RoomError.Category(code), "category " + code);
                Assert.AreEqual(Int(row, "action_id"), (int)RoomError.Action(code), "action " + code);
                Assert.AreEqual(Int(row, "audience_id"), (int)RoomError.Audience(code), "audience " + code);
                Assert.AreEqual(row["category"], Snake(RoomError.Category(code).ToString()), "category name " + code);
                Assert.AreEqual(row["action"], Snake(RoomError.Action(code).ToString()), "action name " + code);
                Assert.AreEqual(row["audience"], Snake(RoomError.Audience(code).ToString()), "audience name " + code);
                long retry = long.Parse(row["retry_after_ms"], CultureInfo.InvariantCulture);
                TimeSpan? after = RoomError.RetryAfter(code);
                Assert.AreEqual(retry == 0 ? (TimeSpan?)null : TimeSpan.FromTicks(retry * TimeSpan.TicksPerMillisecond), after, "retry " + code);
                Assert.AreEqual(row["retryable"] == "1", RoomError.IsRetryable(code), "retryable " + code);
            }
            CollectionAssert.AreEqual(known, RoomError.Codes, "Codes, in catalog order");
        }

        [Test]
        public void ActionLabels()
        {
            var languages = Languages();
            foreach (var row in Vectors.Read("actions.tsv"))
            {
                var action = (RoomErrorAction)Int(row, "action_id");
                Assert.AreEqual(row["label"], RoomError.ActionLabel(action, languages[row["lang"]]), "label " + row["action_id"] + "/" + row["lang"]);
                if (Enum.IsDefined(typeof(RoomErrorAction), action))
                {
                    Assert.AreEqual(row["name"], Snake(action.ToString()), "action name " + row["action_id"]);
                }
            }
        }

        [Test]
        public void TagsAndLists()
        {
            foreach (var row in Vectors.Read("tags.tsv"))
            {
                Assert.AreEqual(row["expected"], RoomError.Tag(RoomError.LanguageFromTag(row["input"])), "tag " + Show(row["input"]));
            }
            foreach (var row in Vectors.Read("lists.tsv"))
            {
                Assert.AreEqual(row["expected"], RoomError.Tag(RoomError.LanguageFromList(row["input"])), "list " + Show(row["input"]));
            }
            Assert.AreEqual(0, Vectors.Unrepresentable, "rows whose bytes are not UTF-8 (a .NET string cannot hold them)");
        }

        [Test]
        public void Environments()
        {
            foreach (var row in Vectors.Read("environment.tsv"))
            {
                Func<string, string> variable = name => row.ContainsKey(name) ? row[name] : null;
                Assert.AreEqual(row["expected"], RoomError.Tag(RoomError.LanguageFromEnvironment(variable)),
                    "environment LC_ALL=" + row["LC_ALL"] + " LC_MESSAGES=" + row["LC_MESSAGES"] + " LANG=" + row["LANG"] + " LANGUAGE=" + row["LANGUAGE"]);
            }
        }

        [Test]
        public void VersionAndCounts()
        {
            var meta = new Dictionary<string, string>();
            foreach (var row in Vectors.Read("meta.tsv"))
            {
                meta[row["key"]] = row["value"];
            }
            Assert.AreEqual(meta["version"], RoomError.Version, "version");
            Assert.AreEqual(int.Parse(meta["languages"], CultureInfo.InvariantCulture), Enum.GetValues(typeof(RoomErrorLanguage)).Length, "languages");
            Assert.AreEqual(int.Parse(meta["actions"], CultureInfo.InvariantCulture), Enum.GetValues(typeof(RoomErrorAction)).Length, "actions");
        }

        /// <summary><c>OpenSettings</c> → <c>open_settings</c>.</summary>
        internal static string Snake(string pascal)
        {
            var text = new System.Text.StringBuilder();
            foreach (char c in pascal)
            {
                if (char.IsUpper(c) && text.Length > 0)
                {
                    text.Append('_');
                }
                text.Append(char.ToLowerInvariant(c));
            }
            return text.ToString();
        }

        /// <summary>An input with its control characters visible.</summary>
        internal static string Show(string input)
        {
            var text = new System.Text.StringBuilder("\"");
            foreach (char c in input)
            {
                text.Append(c < 0x20 || c == 0x7F ? "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture) : c.ToString());
            }
            return text.Append('"').ToString();
        }
    }
}
