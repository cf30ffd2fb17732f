using Summarizer.Evaluation.Consistency;

namespace Summarizer.Evaluation.Tests.Consistency;

public class CliffReaderTests
{
    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks()
    {
        string path = Path.GetTempFileName();
        File.WriteAllText(path, "origin,cut,id,model_name,label,error_type,doc,summary\n" +
            "xsum,val,7,BART,0,['extrinsic-NP'],\"He said \"\"no\"\",\nthen left.\",a summary\n" +
            "cnndm,test,8,Pegasus,x,,doc,bad label\n");
        try
        {
            var problems = new List<string>();
            var rows = CliffReader.Read(path, problems);
            var row = Assert.Single(rows);
            Assert.Equal("He said \"no\",\nthen left.", row.Document);
            Assert.Equal(0, row.Label);
            Assert.Equal("val", row.Cut);
            Assert.Single(problems);
        }
        finally { File.Delete(path); }
    }
}
