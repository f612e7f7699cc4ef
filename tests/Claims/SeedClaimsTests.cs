using IpcBench.Bench.Claims;
using IpcBench.Transports.Catalog;

namespace IpcBench.Tests.Claims;

public class SeedClaimsTests
{
    [Fact]
    public void Every_claim_names_transports_of_the_catalog()
    {
        Assert.All(SeedClaims.All, claim => Assert.All(claim.Transports, t => Assert.Contains(TransportCatalog.All, x => x.Name == t)));
    }

    [Fact]
    public void Tier_claims_say_their_tier_and_the_others_have_a_rule_of_their_own()
    {
        Assert.All(SeedClaims.All, claim => Assert.Equal(claim.Rule == ClaimRule.Tier, claim.ClaimedTier is not null));
    }
}
