package io.github.baozhi.support;

import io.github.baozhi.support.EnginePages.Story;

/** News copy for pages set in coordinates: a few articles as a paper prints them. */
public final class Copy {

  private Copy() {}

  /** 本报讯 and a byline; four paragraphs, one opening with a quotation. */
  public static final Story PARKS = Story.of("城东新区建成十座口袋公园", "本报讯", "（陈晓雯）",
      "记者昨日从城东新区城市管理局获悉，今年以来，新区利用街角空地、拆违腾退地块和老旧小区边角地，"
          + "新建改建口袋公园十座，新增绿地面积约三万平方米，周边居民步行十分钟即可到达一处休闲绿地。",
      "据介绍，这批口袋公园在设计之初便广泛征求周边居民意见，保留了原有的大树和石板小路，增设了"
          + "儿童游乐设施、健身步道和休憩座椅，部分公园还设置了雨水花园，实现雨水就地收集利用。",
      "“以前这里是一片堆放杂物的空地，现在成了我们每天散步的好去处。”家住幸福里小区的王阿姨说，"
          + "傍晚时分，公园里总是聚满了跳舞、下棋的街坊邻居。",
      "下一步，新区将继续推进“见缝插绿”工程，力争到明年底再建成口袋公园十五座，让市民推窗见绿、"
          + "出门入园。");

  /** A kicker over the title, a dateline with a reporter's credit, no byline. */
  public static final Story SPRING = Story.of("全市春季农业生产有序推进", "本报北京3月11日电（记者 李海秀）",
          null,
          "连日来，全市各地抢抓农时，组织农户开展春耕备耕，田间地头一派繁忙景象。截至目前，全市已"
              + "完成春播面积四十二万亩，占计划的六成以上，化肥、种子等农资供应充足。",
          "在东山镇的高标准农田示范区，几台无人机正在为返青的小麦喷洒叶面肥。种粮大户刘建国告诉"
              + "记者，今年他流转了八百亩土地，全部实现了机械化耕种，每亩地能节省成本六十多元。",
          "市农业农村局有关负责人表示，将组织两百多名农技人员深入田间开展技术指导，确保春耕生产"
              + "不误农时。")
      .withKicker("抢抓农时备春耕");

  /** A subtitle opening with a dash, a wire dateline, a byline of reporter and correspondent. */
  public static final Story STATION = Story.of("地铁三号线北延段开通运营", "新华社杭州4月1日电",
          "（记者 周立新 通讯员 孙雨桐）",
          "地铁三号线北延段今天上午正式开通运营。北延段全长十二点六公里，共设车站八座，其中换乘站"
              + "两座，开通后沿线居民进入市中心的时间将缩短二十分钟左右。",
          "北延段建设历时四年，建设者克服了穿越河道、下穿铁路等多项技术难题。运营单位介绍，开通初期"
              + "列车最小行车间隔为六分钟，早晚高峰还将加开区间车。",
          "当天上午，不少市民专程赶来体验。家住北苑小区的张先生说：“以前上班要倒两趟公交，现在坐地铁"
              + "半个小时就到了，方便多了。”")
      .withSubtitle("——沿线居民进城时间缩短二十分钟");

  /** A short brief: 晚报讯, a source credit as byline. */
  public static final Story LIBRARY = Story.of("城市书房夜间延时开放", "晚报讯", "（据新华社）",
      "从本月起，全市二十六家城市书房将每天开放至晚上十点，方便上班族下班后前来阅读。各书房还"
          + "增设了自助借还设备和电子阅览区，读者凭身份证即可免费借阅图书。",
      "市图书馆负责人介绍，去年全市城市书房共接待读者一百二十万人次，借阅图书三十多万册，夜间"
          + "读者占到了三成以上。");

  /** No dateline and no byline. */
  public static final Story MARKET = Story.of("老菜场变身社区便民中心", null, null,
      "位于南门街的老菜场经过半年改造，日前以社区便民中心的新面貌重新开门迎客。改造后的便民中心"
          + "保留了原有的蔬菜肉类摊位，新增了早餐店、维修点和家政服务站，还开设了一间老年食堂。",
      "“买菜、修鞋、吃饭都在一个地方，太方便了。”正在老年食堂吃午饭的李大爷说，这里的饭菜"
          + "价格实惠，口味也适合老年人。",
      "街道负责人表示，今年还将改造提升三个老旧菜场，让便民服务更加贴近居民生活。");
}
