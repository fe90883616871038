using JourneyStudio.Domain.Accounts;

namespace JourneyStudio.Domain.Tests.Accounts;

public class AccountRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(WorkspaceRole.Viewer, Permission.ReadMaps, true)]
    [InlineData(WorkspaceRole.Viewer, Permission.EditMaps, false)]
    [InlineData(WorkspaceRole.Editor, Permission.EditMaps, true)]
    [InlineData(WorkspaceRole.Editor, Permission.ManageMaps, false)]
    [InlineData(WorkspaceRole.Facilitator, Permission.ManageMaps, true)]
    [InlineData(WorkspaceRole.Facilitator, Permission.ManageWorkspace, false)]
    [InlineData(WorkspaceRole.Admin, Permission.ManageWorkspace, true)]
    public void Each_role_includes_the_ones_below_it(WorkspaceRole role, Permission permission, bool allowed) =>
        Assert.Equal(allowed, role.Allows(permission));

    [Fact]
    public void Five_failures_lock_the_account_for_fifteen_minutes()
    {
        var lockout = Lockout.None;
        for (var i = 0; i < 4; i++) lockout = lockout.AfterFailure(Now);
        Assert.False(lockout.IsLocked(Now));
        lockout = lockout.AfterFailure(Now);
        Assert.True(lockout.IsLocked(Now.AddMinutes(14)));
        Assert.False(lockout.IsLocked(Now.AddMinutes(16)));
    }

    [Fact]
    public void A_success_clears_the_failures_and_a_lapsed_lock_starts_counting_afresh()
    {
        var lockout = Lockout.None.AfterFailure(Now).AfterFailure(Now).AfterSuccess();
        Assert.Equal(Lockout.None, lockout);

        var locked = Enumerable.Range(0, 5).Aggregate(Lockout.None, (l, _) => l.AfterFailure(Now));
        var later = Now.AddMinutes(20);
        var once = locked.AfterFailure(later);
        Assert.False(once.IsLocked(later));
        Assert.Equal(1, once.FailedAttempts);
    }
}
