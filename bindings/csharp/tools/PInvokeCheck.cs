using System;
using Mono.Cecil;

/// <summary>
/// Fails unless every P/Invoke of an assembly imports from MODULE (the library name a platform's
/// build asks for: <c>room_errors</c>, or <c>__Internal</c> for iOS players) a function the
/// library exports (listed in SYMBOLS, include/room_errors.symbols): a misspelt entry point would
/// otherwise fail only when called, on that platform.
/// Usage: PInvokeCheck.exe ASSEMBLY MODULE SYMBOLS
/// </summary>
internal static class PInvokeCheck
{
    private static int Main(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: PInvokeCheck.exe ASSEMBLY MODULE SYMBOLS");
            return 2;
        }
        var imported = new System.Collections.Generic.HashSet<string>();
        int failures = 0;
        foreach (var type in ModuleDefinition.ReadModule(args[0]).Types)
        {
            foreach (var method in type.Methods)
            {
                if (!method.IsPInvokeImpl)
                {
                    continue;
                }
                imported.Add(method.PInvokeInfo.EntryPoint);
                if (method.PInvokeInfo.Module.Name != args[1])
                {
                    Console.Error.WriteLine(method.Name + " imports from " + method.PInvokeInfo.Module.Name + ", not " + args[1]);
                    failures++;
                }
            }
        }
        var exported = new System.Collections.Generic.HashSet<string>();
        foreach (var line in System.IO.File.ReadAllLines(args[2]))
        {
            if (line.Length > 0 && !line.StartsWith("#", StringComparison.Ordinal))
            {
                exported.Add(line.Trim());
            }
        }
        foreach (var name in imported)
        {
            if (!exported.Contains(name))
            {
                Console.Error.WriteLine("imported but not exported by the library: " + name);
                failures++;
            }
        }
        int symbols = exported.Count;
        Console.WriteLine("P/Invoke check (" + args[1] + "): " + imported.Count + " imports, " + symbols + " symbols, " + failures + " failures");
        return failures == 0 && imported.Count > 0 ? 0 : 1;
    }
}
