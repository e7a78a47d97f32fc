using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using RoomErrors;

/// <summary>
/// <c>make bench-csharp</c>: RoomError.Message(code, language) next to a
/// Dictionary&lt;(int, RoomErrorLanguage), string&gt; of the same strings, the map a caller would
/// keep instead, in the same run, and one Dictionary&lt;int, string&gt; per language (a floor for any
/// lookup by code). Rounds interleave the rows; each row reports its best round.
/// Prints a Markdown table; exits 1 when Message is not within 1.5× of the dictionary.
/// Usage: Bench.exe [ROUNDS]
/// </summary>
internal static class Bench
{
    private const double Goal = 1.5;

    /// <summary>The row of RoomError.Message(code, language) in the table (row 0 is the anchor).</summary>
    private const int MessageRow = 2;

    private static int Main(string[] args)
    {
        Console.OutputEncoding = new System.Text.UTF8Encoding(false);
        int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
        var languages = (RoomErrorLanguage[])Enum.GetValues(typeof(RoomErrorLanguage));
        var codes = new List<int>(RoomError.Codes);
        var pairs = new Dictionary<(int, RoomErrorLanguage), string>();
        var tables = new Dictionary<int, string>[languages.Length];
        var random = new Random(29);
        var calls = new Call[1 << 16];
        foreach (int code in codes)
        {
            foreach (var language in languages)
            {
                pairs[(code, language)] = RoomError.Message(code, language);
                tables[(int)language] = tables[(int)language] ?? new Dictionary<int, string>();
                tables[(int)language][code] = RoomError.Message(code, language);
            }
        }
        for (int i = 0; i < calls.Length; i++)
        {
            calls[i] = new Call(codes[random.Next(codes.Count)], languages[random.Next(languages.Length)]);
        }
        var rows = new[]
        {
            new Row("`Dictionary<(int, RoomErrorLanguage), string>` (anchor)", () =>
            {
                int sum = 0;
                foreach (var call in calls) { sum += pairs[(call.Code, call.Language)].Length; }
                return sum;
            }),
            new Row("`Dictionary<int, string>` per language: `tables[language][code]`", () =>
            {
                int sum = 0;
                foreach (var call in calls) { sum += tables[(int)call.Language][call.Code].Length; }
                return sum;
            }),
            new Row("`RoomError.Message(code, language)`", () =>
            {
                int sum = 0;
                foreach (var call in calls) { sum += RoomError.Message(call.Code, call.Language).Length; }
                return sum;
            }),
            new Row("`RoomError.Name(code)`", () =>
            {
                int sum = 0;
                foreach (var call in calls) { sum += RoomError.Name(call.Code).Length; }
                return sum;
            }),
            new Row("`RoomError.Message(code)` (UI culture)", () =>
            {
                int sum = 0;
                foreach (var call in calls) { sum += RoomError.Message(call.Code).Length; }
                return sum;
            }),
        };
        var best = new double[rows.Length];
        for (int r = 0; r < rows.Length; r++)
        {
            best[r] = double.MaxValue;
            rows[r].Run(); // warm up: JIT and caches
        }
        long checksum = 0;
        for (int round = 0; round < rounds; round++)
        {
            for (int r = 0; r < rows.Length; r++)
            {
                var watch = Stopwatch.StartNew();
                for (int repeat = 0; repeat < 10; repeat++)
                {
                    checksum += rows[r].Run();
                }
                watch.Stop();
                best[r] = Math.Min(best[r], watch.Elapsed.TotalMilliseconds * 1e6 / (10.0 * calls.Length));
            }
        }
        var mono = Type.GetType("Mono.Runtime");
        string runtime = mono == null ? ".NET " + Environment.Version
            : "Mono " + mono.GetMethod("GetDisplayName", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static).Invoke(null, null);
        Console.WriteLine(runtime + ", " + calls.Length + " random (code, language) lookups a run, best of " + rounds
            + " (checksum " + checksum + ")\n");
        Console.WriteLine("| lookup | ns | × dictionary |\n|---|---:|---:|");
        for (int r = 0; r < rows.Length; r++)
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:F1} | {2:F2} |", rows[r].Label, best[r], best[r] / best[0]));
        }
        double ratio = best[MessageRow] / best[0];
        if (ratio > Goal)
        {
            Console.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "bench-csharp: Message is {0:F2}x the dictionary (goal <= {1})", ratio, Goal));
            return 1;
        }
        return 0;
    }

    /// <summary>One lookup: a code and a language.</summary>
    private struct Call
    {
        internal readonly int Code;
        internal readonly RoomErrorLanguage Language;

        internal Call(int code, RoomErrorLanguage language)
        {
            Code = code;
            Language = language;
        }
    }

    /// <summary>A row of the table: its label and one run over every call.</summary>
    private sealed class Row
    {
        internal readonly string Label;
        internal readonly Func<int> Run;

        internal Row(string label, Func<int> run)
        {
            Label = label;
            Run = run;
        }
    }
}
