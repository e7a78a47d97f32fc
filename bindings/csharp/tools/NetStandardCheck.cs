using System;
using System.Collections.Generic;
using Mono.Cecil;

/// <summary>
/// Fails unless every type an assembly uses from outside itself is one .NET Standard 2.0 has: one
/// that netstandard.dll (2.0.0.0) forwards. With the assembly compiled against Mono's .NET
/// Framework 4.7.1 reference assemblies (which have no member newer than 4.7.1), this keeps the
/// binding to the .NET Standard 2.0 surface: a type outside it fails here, and a member newer
/// than 4.7.1 fails to compile. (A member that 4.7.1 has on a .NET Standard type but .NET Standard
/// lacks is not caught.)
/// Usage: NetStandardCheck.exe ASSEMBLY NETSTANDARD_DLL
/// </summary>
internal static class NetStandardCheck
{
    private static int Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: NetStandardCheck.exe ASSEMBLY NETSTANDARD_DLL");
            return 2;
        }
        var standard = AssemblyDefinition.ReadAssembly(args[1]);
        if (standard.Name.Name != "netstandard" || standard.Name.Version != new Version(2, 0, 0, 0))
        {
            Console.Error.WriteLine(args[1] + " is " + standard.Name + ", not netstandard 2.0.0.0");
            return 2;
        }
        var allowed = new HashSet<string>();
        foreach (var type in standard.MainModule.ExportedTypes)
        {
            allowed.Add(type.FullName);
        }
        var module = ModuleDefinition.ReadModule(args[0]);
        int checks = 0;
        var outside = new SortedSet<string>();
        foreach (var type in module.GetTypeReferences())
        {
            if (type.Scope is AssemblyNameReference)
            {
                checks++;
                string name = type.IsNested ? type.DeclaringType.FullName + "/" + type.Name : type.FullName;
                if (!allowed.Contains(type.IsNested ? type.DeclaringType.FullName : name))
                {
                    outside.Add(type.Scope.Name + ": " + name);
                }
            }
        }
        foreach (var name in outside)
        {
            Console.Error.WriteLine("not in .NET Standard 2.0: " + name);
        }
        Console.WriteLine("netstandard2.0 check: " + checks + " referenced types, " + outside.Count + " outside, of " + allowed.Count + " netstandard types");
        return checks > 0 && outside.Count == 0 ? 0 : 1;
    }
}
