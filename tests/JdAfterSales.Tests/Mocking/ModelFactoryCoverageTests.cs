using System.Reflection;

namespace JdAfterSales.Tests.Mocking;

/// <summary>
/// A result model callers cannot fill (JD's fields have internal setters, or there is no public constructor) needs a
/// <see cref="JdAfterSalesModelFactory"/> method with a parameter for each of its public properties, or a substitute
/// cannot return one.
/// </summary>
public sealed class ModelFactoryCoverageTests
{
    [Fact]
    public void Every_model_callers_cannot_build_has_a_factory_method_setting_every_property()
    {
        var factory = typeof(JdAfterSalesModelFactory).GetMethods(BindingFlags.Public | BindingFlags.Static);
        var models = typeof(JdClient).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericType: false } && !t.IsSubclassOf(typeof(Exception)) && !typeof(Delegate).IsAssignableFrom(t))
            .Where(t => t.GetProperties().Any(p => p.GetCustomAttribute<System.Text.Json.Serialization.JsonIncludeAttribute>() is not null && p.SetMethod is { IsPublic: false })
                || (t.GetConstructors().Length == 0 && t.GetProperties().Length > 0 && t.GetProperties().All(p => p.SetMethod is null)))
            .ToList();
        Assert.Contains(models, t => t.Name == "PendingProcessing");
        Assert.Contains(models, t => t.Name == "CustomerPhone");
        Assert.Contains(models, t => t.Name == "ServiceBrief");

        var problems = new List<string>();
        foreach (var model in models)
        {
            var method = factory.FirstOrDefault(m => m.ReturnType == model);
            if (method is null)
            {
                problems.Add($"{model.Name}: no factory method");
                continue;
            }

            var parameters = method.GetParameters().Select(p => p.Name!).ToHashSet(StringComparer.OrdinalIgnoreCase);
            problems.AddRange(model.GetProperties().Where(p => !parameters.Contains(p.Name)).Select(p => $"{model.Name}.{p.Name}: no parameter"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_processing_audit_phone_and_write_models_take_what_they_are_given()
    {
        var processing = JdAfterSalesModelFactory.PendingProcessing(serviceId: 7, remindCount: 2, deliveryDate: DateTimeOffset.UnixEpoch);
        var detail = JdAfterSalesModelFactory.PendingAuditDetail(serviceIds: [1, 2], sysVersion: 4, items: [JdAfterSalesModelFactory.PendingAuditItem(applyDetailId: 9)]);
        var phone = JdAfterSalesModelFactory.CustomerPhone("18812342724", "188****2724");
        var write = JdAfterSalesModelFactory.JdWriteResult(JosMethods.AscProcessClose);

        Assert.Equal((7L, 2, DateTimeOffset.UnixEpoch), (processing.ServiceId, processing.RemindCount!.Value, processing.DeliveryDate!.Value));
        Assert.Equal([1L, 2L], detail.ServiceIds);
        Assert.Equal(9, detail.Items[0].ApplyDetailId);
        Assert.Equal("188****2724", phone.ToString());
        Assert.Equal("18812342724", phone.Number);
        Assert.Equal(("jingdong.asc.process.close", "0", (string?)null), (write.Method, write.Code, write.Message));
        Assert.Throws<ArgumentException>(() => JdAfterSalesModelFactory.JdWriteResult(" "));
    }
}
