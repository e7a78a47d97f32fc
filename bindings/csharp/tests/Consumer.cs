using System;
using System.Globalization;
using System.Threading;
using RoomErrors;

/// <summary>
/// A program built against the .nupkg's assembly alone, run with its native library: the README's
/// example, then eight threads racing on the still empty text cache. Prints its check count;
/// exits 1 on any failed check or when none ran.
/// </summary>
internal static class Consumer
{
    private static int checks;
    private static int failures;

    private static int Main()
    {
        Console.OutputEncoding = new System.Text.UTF8Encoding(false);
        Thread.CurrentThread.CurrentUICulture = new CultureInfo("zh-TW");
        var languages = (RoomErrorLanguage[])Enum.GetValues(typeof(RoomErrorLanguage));
        var codes = RoomError.Codes;
        var seen = new string[8][];
        var start = new Barrier(seen.Length);
        var threads = new Thread[seen.Length];
        for (int t = 0; t < threads.Length; t++)
        {
            int index = t;
            threads[t] = new Thread(() =>
            {
                var mine = new string[codes.Count * languages.Length];
                start.SignalAndWait();
                for (int i = 0; i < mine.Length; i++)
                {
                    int k = (i + index * 37) % mine.Length;
                    mine[k] = RoomError.Message(codes[k / languages.Length], languages[k % languages.Length]);
                }
                seen[index] = mine;
            });
            threads[t].Start();
        }
        foreach (var thread in threads)
        {
            thread.Join();
        }
        for (int i = 0; i < seen[0].Length; i++)
        {
            for (int t = 1; t < seen.Length; t++)
            {
                Check(ReferenceEquals(seen[0][i], seen[t][i]), "one cached copy per (code, language), slot " + i);
            }
        }

        // The README's example.
        try
        {
            RoomErrorException.ThrowIfFailed((int)RoomErrorCode.SeatLocked);
        }
        catch (RoomErrorException e)
        {
            Console.WriteLine(e.Message);           // ERR_SEAT_LOCKED (-2343): The seat is locked. …
            Console.WriteLine(e.LocalizedMessage);  // in the UI culture's language
            Check(e.Message.StartsWith("ERR_SEAT_LOCKED (-2343): ", StringComparison.Ordinal), "log text");
            Check(e.LocalizedMessage == RoomError.Message(-2343, RoomErrorLanguage.ZhHant), "zh-TW text");
            Check(e.Category == RoomErrorCategory.Seat, "category");
        }
        Check(RoomError.LanguageFromTag("zh_TW.UTF-8") == RoomErrorLanguage.ZhHant, "POSIX tag");
        Check(RoomError.Version.Length > 0, "version");
        Console.WriteLine("consumer: " + checks + " checks, " + failures + " failed");
        return failures == 0 && checks > 0 ? 0 : 1;
    }

    private static void Check(bool ok, string what)
    {
        checks++;
        if (!ok)
        {
            failures++;
            Console.Error.WriteLine("consumer: FAILED " + what);
        }
    }
}
