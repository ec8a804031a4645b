-- Clickers vs. viewers, impressions taken from an extended window (mixed case)
With Extended_Imps As (
    Select User_Id, Line_Item_Id, Sum(Impressions) As Imps
    From Table(Extend_Time_Window('dsp_impressions', 'P7D', 'P1D')) As X
    Group By User_Id, Line_Item_Id
), Clickers As (
    Select Distinct User_Id, Line_Item_Id
    From dsp_clicks
)
Select
    E.Line_Item_Id,
    Count(Distinct E.User_Id)                          As Viewers,
    Count(Distinct C.User_Id)                          As Clickers,
    Avg(E.Imps)                                        As Avg_Imps_Per_Viewer,
    Avg(If(C.User_Id Is Not Null, E.Imps, Null))       As Avg_Imps_Per_Clicker
From Extended_Imps E
Left Join Clickers C
  On C.User_Id = E.User_Id And C.Line_Item_Id = E.Line_Item_Id
Group By E.Line_Item_Id
