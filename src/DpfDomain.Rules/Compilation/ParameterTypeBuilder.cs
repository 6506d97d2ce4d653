using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Reflection.Emit;
using System.Threading;

namespace DpfDomain.Rules.Compilation;

/// <summary>
/// Emits a plain sealed class with one public read/write property per parameter, so that the
/// expression parser type-checks <c>Parameters.&lt;Name&gt;</c> like any member access and
/// reports a misspelt name as unknown (a dynamic class would accept any name).
/// </summary>
/// <remarks>
/// Each class gets its own collectible assembly, referenced only by the class itself: when the
/// rule set's <see cref="ParameterTimeline"/> and everything compiled against it are dropped (a
/// catalog replaced by a reload), the garbage collector unloads the class with its assembly. One
/// shared module would keep every class ever emitted alive for the life of the process.
/// </remarks>
internal static class ParameterTypeBuilder
{
    private static int _counter;

    public static Type Build(IReadOnlyList<(string Name, Type Type)> properties)
    {
        var number = Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture);
        var module = AssemblyBuilder
            .DefineDynamicAssembly(new AssemblyName("DpfDomain.Rules.Parameters" + number), AssemblyBuilderAccess.RunAndCollect)
            .DefineDynamicModule("DpfDomain.Rules.Parameters" + number);
        var type = module.DefineType("Parameters" + number, TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class);
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
