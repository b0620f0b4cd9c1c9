using OutlookWin.Api.Features.Evidence;

namespace OutlookWin.Api.Declarations;

public static class DeclarationsSetup
{
    /// <summary>The declaration aggregate's store and ledger, the live feed of its changes, its read model, and the evidence checks over them.</summary>
    public static IServiceCollection AddOutlookWinDeclarations(this IServiceCollection services)
    {
        services.AddOptions<LiveUpdateOptions>().BindConfiguration(LiveUpdateOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DeclarationChanges>();
        services.AddSingleton<DeclarationChangeRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<DeclarationChangeRelay>());
        services.AddScoped<EvidenceLedger>();
        services.AddSingleton<EvidenceSeals>();
        services.AddScoped<DeclarationStore>();
        services.AddScoped<OutboundMail>();
        services.AddScoped<DeclarationReadModel>();
        services.AddScoped<EvidenceVerifier>();
        services.AddScoped<EvidencePack>();
        services.AddSingleton<KnownDisplayNames>();
        services.AddScoped<EmailSigners>();
        services.AddSingleton<EvidencePackLinks>();
        return services;
    }
}
