using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using System.Threading;

namespace DpfDomain.Rules.Compilation;

/// <summary>
/// Emits a plain sealed class with one public read/write property per parameter, so that the
/// expression parser type-checks <c>Parameters.&lt;Name&gt;</c> like any member access and
/// reports a misspelt name as unknown (a dynamic class would accept any name).
/// </summary>
internal static class ParameterTypeBuilder
{
    private static readonly ModuleBuilder Module = AssemblyBuilder
        .DefineDynamicAssembly(new AssemblyName("DpfDomain.Rules.Parameters"), AssemblyBuilderAccess.RunAndCollect)
        .DefineDynamicModule("DpfDomain.Rules.Parameters");

    private static int _counter;

    public static Type Build(IReadOnlyList<(string Name, Type Type)> properties)
    {
        var type = Module.DefineType(
            $"Parameters{Interlocked.Increment(ref _counter)}",
            TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class);
        foreach (var (name, propertyType) in properties)
        {
            var field = type.DefineField("_" + name, propertyType, FieldAttributes.Private);
            var property = type.DefineProperty(name, PropertyAttributes.None, propertyType, null);
            const MethodAttributes accessor = MethodAttributes.Public | MethodAttributes.SpecialName | MethodAttributes.HideBySig;
            var getter = type.DefineMethod("get_" + name, accessor, propertyType, Type.EmptyTypes);
            var il = getter.GetILGenerator();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldfld, field);
            il.Emit(OpCodes.Ret);
            var setter = type.DefineMethod("set_" + name, accessor, null, [propertyType]);
            il = setter.GetILGenerator();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Stfld, field);
            il.Emit(OpCodes.Ret);
            property.SetGetMethod(getter);
            property.SetSetMethod(setter);
        }

        return type.CreateType();
    }
}
